"""Photo → codes. `decode_path(path)`, `iter_inputs(paths)`, `decode_image(pixels)`.

Loaded lazily so that `qraudit.decode.classify` can be imported without OpenCV and the models."""

from __future__ import annotations

from typing import Any

__all__ = ["decode_image", "decode_path", "iter_inputs"]

_HOMES = {
    "decode_image": "qraudit.decode.cascade",
    "decode_path": "qraudit.decode.photo",
    "iter_inputs": "qraudit.decode.images",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'qraudit.decode' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_HOMES[name]), name)
