import logging
import shutil
import subprocess

log = logging.getLogger(__name__)

try:
    import pyperclip
except ImportError:  # pragma: no cover
    pyperclip = None


def read_clipboard() -> str:
    if pyperclip is not None:
        try:
            return pyperclip.paste() or ""
        except Exception:  # noqa: BLE001
            log.debug("pyperclip failed, falling back to xclip")
    if shutil.which("wl-paste"):
        return subprocess.run(["wl-paste", "-n"], capture_output=True, text=True).stdout
    if shutil.which("xclip"):
        return subprocess.run(["xclip", "-o", "-selection", "clipboard"], capture_output=True, text=True).stdout
    return ""


def write_clipboard(text: str) -> None:
    if pyperclip is not None:
        pyperclip.copy(text)
        return
    if shutil.which("wl-copy"):
        subprocess.run(["wl-copy"], input=text, text=True)
