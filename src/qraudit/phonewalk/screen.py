"""One phone screen (a keyframe and its OCR lines) as a Snapshot, the type the browser's capture produces.

Boxes are in CSS pixels of a 390-wide phone, so the rules' sizes mean the same as on an emulated page.
- The phone's chrome is not page content: the status bar (a clock at the top) and the in-app title bar
  under it (WeChat's ×, title, ···). The title bar's middle line is the page title.
- A pop-up is a lighter panel on a dimmed backdrop (a modal, or a sheet from the bottom).
- A control is a short line drawn as a button (its own background, or coloured text like a link), or any
  line whose words are a refusal (暂不关注 as plain text is still tapped).
- A field is a prompt such as 请输入手机号 (a placeholder), named by the short label on its left.
"""

from __future__ import annotations

import re

import numpy as np

from qraudit.models import Box, Control, FormField, Overlay, PageCode, Snapshot, TextBlock
from qraudit.phonewalk.ocr import OcrLine
from qraudit.rules.phrases import normalize

CSS_WIDTH = 390
STATUS_BAR = 0.065  # of the screen's height: iOS 47 pt, Android 24-32 dp, of 844
TITLE_BAR = 0.12  # status bar and WeChat's or Alipay's 44 pt title bar together
_CLOCK = re.compile(r"^\s*\d{1,2}[:：]\d{2}")
CONTROL_MAX_CHARS = 16
DIM_LUMA = 150  # a page under a rgba(0,0,0,.4-.7) mask
BRIGHT_LUMA = 200
MIN_DIM_SHARE = 0.25  # of the screen below the chrome
CELL = 8  # px of the luminance grid
GAP_PX = 72  # a button row inside a panel, in image px
TOAST_LUMA = 110  # a toast's box: dark grey or black, with light text


_PROMPT = re.compile(r"(请输入|请填写|请选择|输入)")  # how a placeholder starts
_SENTENCE = re.compile(r"[后才，,。；;!！]")  # 请填写联系人信息后下单 is an instruction, not an empty box
PLACEHOLDER_MAX_CHARS = 12


def _middle(line: OcrLine) -> float:
    return line.box[1] + line.box[3] / 2


def _luma(image: np.ndarray) -> np.ndarray:
    return image[..., 0] * 0.299 + image[..., 1] * 0.587 + image[..., 2] * 0.114


def _has_chrome(lines: list[OcrLine], height: int) -> bool:
    return any(line.box[1] + line.box[3] / 2 < STATUS_BAR * height and _CLOCK.match(line.text) for line in lines)


def _title(lines: list[OcrLine], width: int, height: int) -> str:
    band = [line for line in lines if STATUS_BAR * height <= line.box[1] + line.box[3] / 2 < TITLE_BAR * height]
    middle = [line for line in band if abs(line.box[0] + line.box[2] / 2 - width / 2) < width * 0.25]
    return " ".join(line.text for line in middle)


def _panel(luma: np.ndarray, top: int) -> tuple[int, int, int, int] | None:
    """The lighter panel over a dimmed page, as x, y, w, h in image pixels, or None."""
    h, w = luma.shape
    rows, cols = (h - top) // CELL, w // CELL
    if rows < 4 or cols < 4:
        return None
    grid = luma[top : top + rows * CELL, : cols * CELL].reshape(rows, CELL, cols, CELL).mean(axis=(1, 3))
    dim = grid < DIM_LUMA
    if dim.mean() < MIN_DIM_SHARE:
        return None
    bright = grid > BRIGHT_LUMA
    # The biggest block of bright rows and columns: a rectangle scan is enough for modals and sheets.
    row_share = bright.mean(axis=1)
    panel_rows = np.where(row_share > 0.3)[0]
    if panel_rows.size == 0:
        return None
    # the longest run of panel rows; a coloured button across the panel is a short gap inside it
    gap = max(1, GAP_PX // CELL)
    runs, start = [], panel_rows[0]
    for a, b in zip(panel_rows, panel_rows[1:]):
        if b - a > gap:
            runs.append((start, a))
            start = b
    runs.append((start, panel_rows[-1]))
    r0, r1 = max(runs, key=lambda r: r[1] - r[0])
    if rows - 1 - r1 <= gap:  # a sheet whose last row is its button, flush with the screen's bottom
        r1 = rows - 1
    col_share = bright[r0 : r1 + 1].mean(axis=0)
    panel_cols = np.where(col_share > 0.3)[0]
    if panel_cols.size == 0 or (r1 - r0 + 1) < 3:
        return None
    c0, c1 = panel_cols[0], panel_cols[-1]
    # the panel must stand on a dimmed page: dim cells above or beside it
    outside = np.ones_like(dim)
    outside[r0 : r1 + 1, c0 : c1 + 1] = False
    if dim[outside].mean() < 0.6:
        return None
    return c0 * CELL, top + r0 * CELL, (c1 - c0 + 1) * CELL, (r1 - r0 + 1) * CELL


def _ring(image: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """The pixels just around a text line: what it is drawn on."""
    x, y, w, h = (int(round(v)) for v in box)
    pad = max(4, h // 2)
    H, W = image.shape[:2]
    x0, y0, x1, y1 = max(0, x - pad), max(0, y - pad), min(W, x + w + pad), min(H, y + h + pad)
    return np.concatenate([image[y0 : y0 + 2, x0:x1].reshape(-1, 3), image[max(y0, y1 - 2) : y1, x0:x1].reshape(-1, 3)])


def _is_toast(image: np.ndarray, line: OcrLine, vocab) -> bool:
    """A toast: light words on a small dark box in the middle of the screen, not a button."""
    H, W = image.shape[:2]
    cx, cy = line.box[0] + line.box[2] / 2, line.box[1] + line.box[3] / 2
    if abs(cx - W / 2) > 0.12 * W or not 0.2 * H < cy < 0.8 * H or vocab.control_kind(line.text) == "proceed":
        return False
    ring = _ring(image, line.box)
    return bool(ring.size) and float(np.median(_luma(ring.astype(np.float32)))) < TOAST_LUMA


def _buttonish(image: np.ndarray, box: tuple[float, float, float, float], page_bg: np.ndarray) -> bool:
    """Drawn as a button: its own background around the text, or text in a colour (a link)."""
    ring = _ring(image, box)
    if ring.size and np.abs(np.median(ring, axis=0) - page_bg).max() > 24:
        return True
    x, y, w, h = (int(round(v)) for v in box)
    H, W = image.shape[:2]
    inner = image[max(0, y) : min(H, y + h), max(0, x) : min(W, x + w)].reshape(-1, 3).astype(np.float32)
    if inner.size == 0:
        return False
    ink = inner[np.abs(inner - page_bg).max(axis=1) > 60]  # the text's own pixels
    if ink.size == 0:
        return False
    colour = np.median(ink, axis=0)
    return float(colour.max() - colour.min()) > 50  # blue, green, red text; grey and black are plain


def read_screen(
    step: int, image: np.ndarray, lines: list[OcrLine], vocab, codes: tuple[PageCode, ...] = ()
) -> Snapshot:
    height, width = image.shape[:2]
    scale = width / CSS_WIDTH
    chrome = _has_chrome(lines, height)
    title = _title(lines, width, height) if chrome else ""
    top = int(TITLE_BAR * height) if chrome else 0
    page = [line for line in lines if line.box[1] + line.box[3] / 2 >= top]
    luma = _luma(image.astype(np.float32))
    panel = _panel(luma, top)
    page_bg = np.median(image[top::16, ::16].reshape(-1, 3), axis=0)

    def css(b) -> Box:
        return Box(b[0] / scale, b[1] / scale, b[2] / scale, b[3] / scale)

    def inside(b) -> bool:
        if panel is None:
            return False
        cx, cy = b[0] + b[2] / 2, b[1] + b[3] / 2
        return panel[0] <= cx <= panel[0] + panel[2] and panel[1] <= cy <= panel[1] + panel[3]

    texts, controls, fields = [], [], []
    for i, line in enumerate(page):
        in_overlay = inside(line.box)
        if _is_toast(image, line, vocab):  # as the browser marks a toast: shown briefly, no control
            texts.append(TextBlock(line.text, css(line.box), in_overlay=in_overlay, transient=True))
            continue
        texts.append(TextBlock(line.text, css(line.box), in_overlay=in_overlay))
        clean = normalize(line.text)
        prompt = _PROMPT.search(clean)
        if (
            prompt
            and len(clean) - prompt.start() <= PLACEHOLDER_MAX_CHARS
            and not _SENTENCE.search(clean[prompt.start() :])
        ):
            # OCR often reads a row's label and placeholder as one line: 手机号请输入手机号码
            label = clean[: prompt.start()] or next(
                (
                    o.text
                    for o in page
                    if o is not line
                    and abs(_middle(o) - _middle(line)) < line.box[3]
                    and o.box[0] + o.box[2] <= line.box[0] + 4
                    and len(normalize(o.text)) <= 8
                ),
                "",
            )
            fields.append(
                FormField(ref=f"f{i}", tag="input", label=label, placeholder=clean[prompt.start() :], box=css(line.box))
            )
            continue
        kind = vocab.control_kind(clean)
        if len(clean) <= CONTROL_MAX_CHARS and (kind == "refuse" or _buttonish(image, line.box, page_bg)):
            controls.append(
                Control(ref=f"c{i}", text=line.text, tag="button", box=css(line.box), in_overlay=in_overlay)
            )
    overlays: tuple[Overlay, ...] = ()
    if panel is not None:
        inner = [t for t in texts if t.in_overlay]
        refs = tuple(c.ref for c in controls if c.in_overlay)
        closable = any(vocab.control_kind(c.text) == "refuse" for c in controls if c.in_overlay)
        overlays = (Overlay(css(panel), " ".join(t.text for t in inner), refs, closable),)
    return Snapshot(
        step=step,
        url="",
        title=title,
        viewport=(CSS_WIDTH, int(round(height / scale))),
        texts=tuple(texts),
        fields=tuple(fields),
        controls=tuple(controls),
        overlays=overlays,
        page_codes=codes,
    )
