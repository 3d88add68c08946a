"""Encoding: frames stream into H.264 while they are drawn; knows frames, not entities."""

from kinema.encode.writer import VideoWriter

__all__ = ["VideoWriter"]
