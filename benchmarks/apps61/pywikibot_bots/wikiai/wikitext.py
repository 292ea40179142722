"""Wikitext helpers (no network)."""
from __future__ import annotations

import re

import mwparserfromhell
from pywikibot import textlib

_REF_RE = re.compile(r'<ref[^>/]*?/>|<ref[^>]*?>.*?</ref>', re.S)
_SUMMARY_TEMPLATE = 'AI summary'


def lead_section(text: str) -> str:
    code = mwparserfromhell.parse(text)
    sections = code.get_sections(levels=[2], include_lead=True)
    return str(sections[0]) if sections else text


def plain_text(text: str, limit: int | None = 12000) -> str:
    """Strip templates, refs and markup so prompts stay small."""
    text = _REF_RE.sub('', text)
    code = mwparserfromhell.parse(text)
    for tpl in code.filter_templates(recursive=False):
        try:
            code.remove(tpl)
        except ValueError:
            pass
    stripped = code.strip_code(normalize=True, collapse=True)
    stripped = re.sub(r'\n{3,}', '\n\n', stripped).strip()
    return stripped[:limit] if limit else stripped


def word_count(text: str) -> int:
    return len(plain_text(text, limit=None).split())


def existing_categories(text: str, site) -> list[str]:
    return [c.title(with_ns=False) for c in textlib.getCategoryLinks(text, site)]


def add_categories(text: str, names: list[str], site) -> str:
    import pywikibot
    cats = textlib.getCategoryLinks(text, site)
    known = {c.title(with_ns=False) for c in cats}
    for name in names:
        if name not in known:
            cats.append(pywikibot.Category(site, name))
    return textlib.replaceCategoryLinks(text, cats, site)


def set_summary_template(text: str, summary: str, model: str) -> str:
    """Insert or replace {{AI summary|...}} at the top of the article."""
    code = mwparserfromhell.parse(text)
    for tpl in code.filter_templates():
        if tpl.name.matches(_SUMMARY_TEMPLATE):
            tpl.add('1', summary)
            tpl.add('model', model)
            return str(code)
    new = '{{%s|1=%s|model=%s}}\n' % (_SUMMARY_TEMPLATE, summary, model)
    return new + text


def has_summary(text: str) -> bool:
    code = mwparserfromhell.parse(text)
    return any(t.name.matches(_SUMMARY_TEMPLATE)
               for t in code.filter_templates())


class StubStats:
    """Very rough article completeness metrics used to pick stubs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = word_count(text)
        self.refs = len(_REF_RE.findall(text))
        self.sections = len(re.findall(r'^==[^=].*==\s*$', text, re.M))

    def completion(self) -> float:
        """Return a 0..1 score; 1.0 means 'not a stub any more'."""
        score = min(self.words / 800, 1.0) * 0.6
        score += min(self.refs / 5, 1.0) * 0.25
        score += min(self.sections / 4, 1.0) * 0.15
        return round(score, 3)

    def is_stub(self, threshold: float = 0.35) -> bool:
        return self.completion() < threshold
