"""On-wiki report pages (User:WikiAIBot/Reports/...)."""
from __future__ import annotations

import datetime

import pywikibot


class SummaryTable:
    """Builds a wikitable of what a bot run did."""

    def __init__(self, columns: list[str]) -> None:
        self.columns = columns
        self.rows: list[list[str]] = []

    def add(self, *cells) -> None:
        self.rows.append([str(c) for c in cells])

    def generate(self) -> str:
        lines = ['{| class="wikitable sortable"',
                 '! ' + ' !! '.join(self.columns)]
        for row in self.rows:
            lines.append('|-')
            lines.append('| ' + ' || '.join(row))
        lines.append('|}')
        return '\n'.join(lines)


class ReportWriter:

    def __init__(self, site: pywikibot.Site, bot_name: str) -> None:
        self.site = site
        self.bot_name = bot_name

    def page_for(self, date: datetime.date | None = None) -> pywikibot.Page:
        date = date or datetime.date.today()
        title = f'User:WikiAIBot/Reports/{self.bot_name}/{date:%Y-%m-%d}'
        return pywikibot.Page(self.site, title)

    def create(self, table: SummaryTable, intro: str = '',
               summary: str | None = None) -> pywikibot.Page:
        page = self.page_for()
        body = (intro + '\n\n' if intro else '') + table.generate()
        page.text = body
        page.save(summary=summary or f'{self.bot_name}: run report',
                  minor=False, botflag=True)
        return page
