"""Last-chance pixel treatments for a detected code that the plain crop variants did not read.

Only the cascade's `rescue` stage uses these, and only on regions still unread after `regions`, so
easy photos never pay for them. Each treatment answers a common way a phone photo fails: uneven
light and glare (local min/max normalisation, fine-tiled CLAHE, gamma that darkens washed-out
modules), and ragged or speckled modules (morphological open and close, module-sized)."""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

Treatment = Callable[[np.ndarray], np.ndarray]


def local_normalise(grey: np.ndarray) -> np.ndarray:
    """Stretch each neighbourhood to its own darkest and brightest: a glare halo or a shadow keeps
    its modules' contrast even where the global level drifts by half the range."""
    side = max(9, min(grey.shape[:2]) // 24) | 1
    kernel = np.ones((side, side), np.uint8)
    low = cv2.GaussianBlur(cv2.erode(grey, kernel).astype(np.float32), (0, 0), side / 2)
    high = cv2.GaussianBlur(cv2.dilate(grey, kernel).astype(np.float32), (0, 0), side / 2)
    stretched = (grey.astype(np.float32) - low) / np.maximum(high - low, 8.0) * 255
    return stretched.clip(0, 255).astype(np.uint8)


def fine_clahe(grey: np.ndarray) -> np.ndarray:
    """CLAHE on a 4x4 grid: coarser tiles than the `regions` stage's, so one tile spans a glare spot."""
    return cv2.createCLAHE(clipLimit=2.0, tileGridSize=(4, 4)).apply(grey)


def darken(grey: np.ndarray) -> np.ndarray:
    """Gamma 2: washed-out dark modules separate from the paper again."""
    table = (255 * (np.arange(256) / 255.0) ** 2).astype(np.uint8)
    return cv2.LUT(grey, table)


def opened(grey: np.ndarray) -> np.ndarray:
    """Grey opening: bright specks and thin scratches across dark modules go."""
    return cv2.morphologyEx(grey, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))


def closed(grey: np.ndarray) -> np.ndarray:
    """Grey closing: dark specks and thin scratches across light modules go."""
    return cv2.morphologyEx(grey, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))


TREATMENTS: dict[str, Treatment] = {
    "normalise": local_normalise,
    "clahe4": fine_clahe,
    "darken": darken,
    "open": opened,
    "close": closed,
}
