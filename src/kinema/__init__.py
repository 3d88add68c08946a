"""kinema: text to film through an editable screenplay, a simulated world and cameras."""

__version__ = "0.1.0"
RENDERER_VERSION = "vector-1"
