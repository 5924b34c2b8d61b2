"""A walk done by a person on a phone: screen recordings and screenshots read into snapshots.

media (files -> frames) -> keyframes (frames worth reading) -> ocr (pixels -> text boxes) ->
screen (text boxes -> Snapshot, the browser's type) -> infer (snapshots -> WalkResult). The rules and the
verdict then run unchanged; only the pipeline combines these with them.
"""
