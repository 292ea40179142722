import difflib
from pathlib import Path
from typing import List, Optional, Tuple

from litellm import completion

from ..exceptions import EditFormatError
from ..logging_setup import get_logger
from .. import prompts
from .base_coder import Coder

log = get_logger(__name__)

Hunk = List[str]


def find_diffs(content: str) -> List[Tuple[str, Hunk]]:
    if not content.endswith("\n"):
        content += "\n"
    lines = content.splitlines(keepends=True)
    edits = []
    fname = None
    hunk: Hunk = []
    in_diff = False
    for line in lines:
        if line.startswith("```diff"):
            in_diff = True
            continue
        if in_diff and line.startswith("```"):
            if fname and hunk:
                edits.append((fname, hunk))
            in_diff, fname, hunk = False, None, []
            continue
        if not in_diff:
            continue
        if line.startswith("--- "):
            continue
        if line.startswith("+++ "):
            if fname and hunk:
                edits.append((fname, hunk))
            fname = line[4:].strip()
            if fname.startswith("b/"):
                fname = fname[2:]
            hunk = []
            continue
        if line.startswith("@@"):
            if fname and hunk:
                edits.append((fname, hunk))
            hunk = []
            continue
        hunk.append(line)
    return edits


def hunk_to_before_after(hunk: Hunk) -> Tuple[str, str]:
    before, after = [], []
    for line in hunk:
        if len(line) < 2:
            line = " " + line
        op, rest = line[0], line[1:]
        if op == " ":
            before.append(rest)
            after.append(rest)
        elif op == "-":
            before.append(rest)
        elif op == "+":
            after.append(rest)
    return "".join(before), "".join(after)


def apply_hunk(content: str, hunk: Hunk) -> Optional[str]:
    before, after = hunk_to_before_after(hunk)
    if not before.strip():
        return content + after
    if before in content:
        return content.replace(before, after, 1)
    matcher = difflib.SequenceMatcher(None, content, before)
    match = matcher.find_longest_match(0, len(content), 0, len(before))
    if match.size > 0.9 * len(before):
        return content[: match.a] + after + content[match.a + match.size :]
    return None


class UnifiedDiffCoder(Coder):
    edit_format = "udiff"
    format_rules = prompts.UDIFF_RULES
    max_repair_attempts = 1

    def get_edits(self):
        return find_diffs(self.partial_response_content)

    def apply_edits(self, edits) -> None:
        failed = []
        for path, hunk in edits:
            if not self.allowed_to_edit(path):
                continue
            full = self.abs_path(path)
            content = self.io.read_text(full) if Path(full).exists() else ""
            new_content = apply_hunk(content or "", hunk)
            if new_content is None:
                failed.append((path, hunk))
                continue
            self.io.write_text(full, new_content)

        if failed:
            repaired = self.repair_hunks(failed)
            if not repaired:
                raise EditFormatError(f"{len(failed)} hunk(s) did not apply")

    def repair_hunks(self, failed) -> bool:
        """Ask the weak model to rewrite hunks that did not apply, once."""
        weak = self.main_model.weak_model
        for path, hunk in failed[: self.max_repair_attempts + 2]:
            content = self.io.read_text(self.abs_path(path)) or ""
            messages = [
                {"role": "system", "content": prompts.REPAIR_SYSTEM},
                {
                    "role": "user",
                    "content": f"{path}\n```\n{content}\n```\n\nFailed hunk:\n```diff\n{''.join(hunk)}```",
                },
            ]
            try:
                res = completion(model=weak.name, messages=messages, temperature=0, max_tokens=2048)
            except Exception as err:
                log.warning("hunk repair request failed: %s", err)
                return False
            fixed = find_diffs(res.choices[0].message.content or "")
            for fname, new_hunk in fixed:
                new_content = apply_hunk(content, new_hunk)
                if new_content is None:
                    return False
                self.io.write_text(self.abs_path(fname), new_content)
        return True
