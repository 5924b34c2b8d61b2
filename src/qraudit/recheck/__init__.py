"""`qraudit recheck CASE_DIR`: audit a finished case's code again, beside it, and say what changed.

case.py reads the old folder and says what to audit again; compare.py sets old walls against new ones;
finish.py writes recheck.json and reseals; model.py holds the words and the file's layout (light to import).
"""

from qraudit.recheck.model import RECHECK_FILE, RECHECK_INFIX, Recheck, read_recheck

__all__ = ["RECHECK_FILE", "RECHECK_INFIX", "Recheck", "read_recheck"]
