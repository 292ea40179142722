from __future__ import annotations

import difflib
import logging
import re
from pathlib import Path
from typing import List, Optional, Tuple

from quill.coders.base_coder import Coder
from quill.exceptions import EditFormatError
from quill.llm import litellm
from quill.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

HEAD = r"^<{5,9} SEARCH\s*$"
DIVIDER = r"^={5,9}\s*$"
UPDATED = r"^>{5,9} REPLACE\s*$"

HEAD_RE = re.compile(HEAD)
DIVIDER_RE = re.compile(DIVIDER)
UPDATED_RE = re.compile(UPDATED)


class EditBlockPrompts:
    main_system = """Act as an expert software developer.
Always use best practices when coding.
Respect and use existing conventions, libraries, etc that are already present in the code base.
{lazy_prompt}
Describe each change with a *SEARCH/REPLACE block* per the examples below.
All code must be inside {fence} fences.
"""
    repo_content_prefix = "Here are summaries of some files present in my git repository.\n"
    files_content_prefix = "I have *added these files to the chat* so you can go ahead and edit them.\n"
    repair_system = (
        "The SEARCH section of each block below did not exactly match the file. "
        "Rewrite each block so that SEARCH matches the file content verbatim. "
        "Reply only with the corrected SEARCH/REPLACE blocks."
    )


Edit = Tuple[str, str, str]


def find_original_update_blocks(content: str, valid_fnames: Optional[List[str]] = None):
    lines = content.splitlines(keepends=True)
    i = 0
    current_filename = None
    while i < len(lines):
        line = lines[i]
        if HEAD_RE.match(line.strip()):
            filename = _strip_filename(lines[i - 1]) if i > 0 else None
            if not filename:
                filename = current_filename
            if not filename:
                raise EditFormatError("SEARCH block without a file name on the line above it")
            current_filename = filename

            original = []
            i += 1
            while i < len(lines) and not DIVIDER_RE.match(lines[i].strip()):
                original.append(lines[i])
                i += 1
            if i >= len(lines):
                raise EditFormatError(f"Expected `=======` in block for {filename}")

            updated = []
            i += 1
            while i < len(lines) and not UPDATED_RE.match(lines[i].strip()):
                updated.append(lines[i])
                i += 1
            if i >= len(lines):
                raise EditFormatError(f"Expected `>>>>>>> REPLACE` in block for {filename}")

            yield filename, "".join(original), "".join(updated)
        i += 1


def _strip_filename(line: str) -> Optional[str]:
    name = line.strip().strip("`*:").strip()
    if not name or name.startswith("```"):
        return None
    return name


def replace_most_similar_chunk(whole: str, part: str, replace: str) -> Optional[str]:
    if part in whole:
        return whole.replace(part, replace, 1)
    # tolerate leading whitespace differences
    whole_lines = whole.splitlines(keepends=True)
    part_lines = part.splitlines(keepends=True)
    stripped = [l.lstrip() for l in part_lines]
    for i in range(len(whole_lines) - len(part_lines) + 1):
        chunk = whole_lines[i : i + len(part_lines)]
        if [l.lstrip() for l in chunk] == stripped:
            return "".join(whole_lines[:i]) + replace + "".join(whole_lines[i + len(part_lines) :])
    return None


class EditBlockCoder(Coder):
    edit_format = "diff"
    gpt_prompts = EditBlockPrompts()

    def get_edits(self) -> List[Edit]:
        content = self.partial_response_content
        edits = list(find_original_update_blocks(content))
        return [(str(self.root / path), orig, upd) for path, orig, upd in edits]

    def apply_edits(self, edits: List[Edit]) -> None:
        failed = []
        for path, original, updated in edits:
            p = Path(path)
            whole = p.read_text(encoding="utf-8") if p.exists() else ""
            if not original.strip() and not p.exists():
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(updated, encoding="utf-8")
                continue
            new_content = replace_most_similar_chunk(whole, original, updated)
            if new_content is None:
                failed.append((path, original, updated, whole))
                continue
            p.write_text(new_content, encoding="utf-8")

        if failed:
            raise EditFormatError(self._failed_report(failed))

    def _failed_report(self, failed) -> str:
        out = [f"# {len(failed)} SEARCH/REPLACE block(s) failed to match!\n"]
        for path, original, _updated, whole in failed:
            rel = self.get_rel_fname(path)
            out.append(f"## SearchReplaceNoExactMatch: in {rel}\n")
            close = difflib.get_close_matches(original, whole.split("\n\n"), n=1, cutoff=0.6)
            if close:
                out.append(f"Did you mean to match some of these actual lines from {rel}?\n```\n{close[0]}\n```\n")
        return "\n".join(out)

    async def arepair_failed_blocks(self, report: str) -> str:
        """Ask the weak model to fix SEARCH sections that didn't match (TUI only)."""
        weak = self.main_model.weak_model
        messages = [
            {"role": "system", "content": self.gpt_prompts.repair_system},
            {"role": "user", "content": self.get_files_content() + "\n\n" + report},
        ]
        async with llm_tracker.track_llm_call(
            provider=weak.provider,
            model=weak.name,
            feature_context="editblock_repair",
        ) as usage_log:
            response = await litellm.acompletion(
                model=weak.litellm_name,
                messages=messages,
                temperature=0,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""
