import difflib
import re
from pathlib import Path
from typing import List, Optional, Tuple

from ..exceptions import EditFormatError
from .. import prompts
from .base_coder import Coder

HEAD = re.compile(r"^<{5,9} SEARCH\s*$")
DIVIDER = re.compile(r"^={5,9}\s*$")
UPDATED = re.compile(r"^>{5,9} REPLACE\s*$")

Edit = Tuple[str, str, str]


def strip_filename(line: str) -> Optional[str]:
    line = line.strip().strip("`").strip("*").strip(":").strip()
    if not line or line.startswith("#"):
        return None
    return line


def find_original_update_blocks(content: str, valid_fnames=None) -> List[Edit]:
    lines = content.splitlines(keepends=True)
    edits: List[Edit] = []
    i = 0
    current_fname = None
    while i < len(lines):
        line = lines[i]
        if HEAD.match(line.strip()):
            # filename is the nearest preceding non-fence line
            j = i - 1
            while j >= 0 and lines[j].strip().startswith("```"):
                j -= 1
            fname = strip_filename(lines[j]) if j >= 0 else None
            fname = fname or current_fname
            if not fname:
                raise EditFormatError("SEARCH block without a filename")
            if valid_fnames and fname not in valid_fnames:
                close = difflib.get_close_matches(fname, list(valid_fnames), n=1, cutoff=0.8)
                if close:
                    fname = close[0]
            current_fname = fname

            original = []
            i += 1
            while i < len(lines) and not DIVIDER.match(lines[i].strip()):
                original.append(lines[i])
                i += 1
            if i >= len(lines):
                raise EditFormatError(f"Expected `=======` in block for {fname}")
            updated = []
            i += 1
            while i < len(lines) and not UPDATED.match(lines[i].strip()):
                updated.append(lines[i])
                i += 1
            if i >= len(lines):
                raise EditFormatError(f"Expected `>>>>>>> REPLACE` in block for {fname}")
            edits.append((fname, "".join(original), "".join(updated)))
        i += 1
    return edits


def replace_most_similar_chunk(whole: str, part: str, replace: str) -> Optional[str]:
    if not part.strip():
        return whole + replace
    if part in whole:
        return whole.replace(part, replace, 1)
    # tolerate leading whitespace differences
    stripped_whole = [ln.lstrip() for ln in whole.splitlines(keepends=True)]
    stripped_part = [ln.lstrip() for ln in part.splitlines(keepends=True)]
    n = len(stripped_part)
    whole_lines = whole.splitlines(keepends=True)
    for i in range(len(stripped_whole) - n + 1):
        if stripped_whole[i : i + n] == stripped_part:
            indent = whole_lines[i][: len(whole_lines[i]) - len(whole_lines[i].lstrip())]
            new = [indent + ln if ln.strip() else ln for ln in replace.splitlines(keepends=True)]
            return "".join(whole_lines[:i] + new + whole_lines[i + n :])
    return None


class EditBlockCoder(Coder):
    edit_format = "diff"
    format_rules = prompts.EDITBLOCK_RULES

    def get_edits(self) -> List[Edit]:
        valid = {str(Path(f).relative_to(self.root)) for f in self.abs_fnames}
        return find_original_update_blocks(self.partial_response_content, valid)

    def apply_edits(self, edits: List[Edit]) -> None:
        failed = []
        for path, original, updated in edits:
            if not self.allowed_to_edit(path):
                continue
            full = self.abs_path(path)
            content = self.io.read_text(full) if Path(full).exists() else ""
            new_content = replace_most_similar_chunk(content or "", original, updated)
            if new_content is None:
                failed.append((path, original, updated))
                continue
            self.io.write_text(full, new_content)
        if failed:
            names = ", ".join(sorted({f[0] for f in failed}))
            raise EditFormatError(f"SEARCH/REPLACE block failed to match in: {names}")


class EditBlockFencedCoder(EditBlockCoder):
    edit_format = "diff-fenced"
