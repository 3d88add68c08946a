"""Tiny, randomly initialised diffusers pipelines: the real code paths with no weights to download.

They make noise, not films. Tests save them with `save_pretrained` and render through the
same backends and CLI a user runs; benchmarks/neural_cuda.py times them on a GPU. Built
the way diffusers' own tests build theirs, with a word-level tokenizer made here, so
nothing is fetched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch  # this module is only imported where the neural extra is installed

KINDS = ("wan", "wan-vace", "ltx")
TEXT_DIM = 32
TOKENS = 32  # prompt length; the real models' 512 makes even a tiny encoder slow
VOCABULARY = ("a an the of and in on at to under with shot wide full medium close-up extreme camera static "
              "pans pushes pulls tracking following subject wolf cat dog bird fish person car stands walks "
              "runs leaps howls looks sky night moon day dawn sunset mountain peak plain forest beach desert "
              "snow city street road room rain fog wind photorealistic light cinematic film still")
WORDS = tuple(VOCABULARY.split())


def tiny_tokenizer() -> Any:
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = {"<pad>": 0, "</s>": 1, "<unk>": 2}
    for w in WORDS:
        vocab.setdefault(w, len(vocab))
    tok = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    return PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", eos_token="</s>", unk_token="<unk>",
                                   model_max_length=TOKENS)


def tiny_text_encoder(umt5: bool) -> Any:
    from transformers import T5Config, T5EncoderModel, UMT5Config, UMT5EncoderModel

    args = {"vocab_size": len(WORDS) + 3, "d_model": TEXT_DIM, "d_kv": 8, "d_ff": 37, "num_layers": 2,
            "num_heads": 4}
    return UMT5EncoderModel(UMT5Config(**args)) if umt5 else T5EncoderModel(T5Config(**args))


def _wan(vace: bool) -> Any:
    from diffusers import (
        AutoencoderKLWan,
        FlowMatchEulerDiscreteScheduler,
        WanPipeline,
        WanTransformer3DModel,
        WanVACEPipeline,
        WanVACETransformer3DModel,
    )

    vae = AutoencoderKLWan(base_dim=3, z_dim=16, dim_mult=[1, 1, 1, 1], num_res_blocks=1,
                           temperal_downsample=[False, True, True])
    dims: dict[str, Any] = {"patch_size": (1, 2, 2), "num_attention_heads": 2, "attention_head_dim": 12,
                            "in_channels": 16, "out_channels": 16, "text_dim": TEXT_DIM, "freq_dim": 256,
                            "ffn_dim": 32, "cross_attn_norm": True, "qk_norm": "rms_norm_across_heads",
                            "rope_max_seq_len": 32}
    parts = {"tokenizer": tiny_tokenizer(), "text_encoder": tiny_text_encoder(True), "vae": vae,
             "scheduler": FlowMatchEulerDiscreteScheduler(shift=7.0)}
    if vace:
        # vace_in_channels: inactive and reactive video latents (2 × 16) + the 8×8 mask patch (64)
        return WanVACEPipeline(transformer=WanVACETransformer3DModel(num_layers=3, vace_layers=[0, 2],
                                                                     vace_in_channels=96, **dims), **parts)
    return WanPipeline(transformer=WanTransformer3DModel(num_layers=2, **dims), **parts)


def _ltx() -> Any:
    from diffusers import (
        AutoencoderKLLTXVideo,
        FlowMatchEulerDiscreteScheduler,
        LTXPipeline,
        LTXVideoTransformer3DModel,
    )

    transformer = LTXVideoTransformer3DModel(in_channels=8, out_channels=8, patch_size=1, patch_size_t=1,
                                             num_attention_heads=4, attention_head_dim=8,
                                             cross_attention_dim=32, num_layers=1, caption_channels=TEXT_DIM)
    vae = AutoencoderKLLTXVideo(
        in_channels=3, out_channels=3, latent_channels=8, block_out_channels=(8, 8, 8, 8),
        decoder_block_out_channels=(8, 8, 8, 8), layers_per_block=(1, 1, 1, 1, 1),
        decoder_layers_per_block=(1, 1, 1, 1, 1), spatio_temporal_scaling=(True, True, False, False),
        decoder_spatio_temporal_scaling=(True, True, False, False),
        decoder_inject_noise=(False, False, False, False, False),
        upsample_residual=(False, False, False, False),
        upsample_factor=(1, 1, 1, 1), timestep_conditioning=False, patch_size=1, patch_size_t=1,
        encoder_causal=True, decoder_causal=False)
    vae.use_framewise_encoding = False
    vae.use_framewise_decoding = False
    encoder = tiny_text_encoder(False)
    return LTXPipeline(scheduler=FlowMatchEulerDiscreteScheduler(), vae=vae, text_encoder=encoder,
                       tokenizer=tiny_tokenizer(), transformer=transformer)


def build_tiny(kind: str, seed: int = 0) -> Any:
    """A tiny random pipeline of `kind` (wan, wan-vace or ltx); the same seed, the same weights."""
    if kind not in KINDS:
        raise ValueError(f"tiny pipelines exist for {', '.join(KINDS)}, not {kind!r}")
    torch.manual_seed(seed)
    return _ltx() if kind == "ltx" else _wan(kind == "wan-vace")


def save_tiny(kind: str, folder: Path, seed: int = 0) -> Path:
    """Save a tiny pipeline as a local diffusers model folder, as a user's weights would be."""
    build_tiny(kind, seed).save_pretrained(str(folder))
    return folder
