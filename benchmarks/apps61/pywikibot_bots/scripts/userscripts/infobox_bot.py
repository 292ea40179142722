#!/usr/bin/env python3
"""Fill empty infobox parameters from the article body (Azure OpenAI).

Only parameters that are present but empty are filled; values must appear
verbatim in the article text or they are dropped.

&params;
"""
from __future__ import annotations

import mwparserfromhell
from pydantic import BaseModel

import pywikibot
from pywikibot import pagegenerators
from pywikibot.bot import ExistingPageBot, SingleSiteBot

from wikiai.clients import get_azure_openai_client
from wikiai.wikitext import plain_text

docuReplacements = {'&params;': pagegenerators.parameterHelp}  # noqa: N816

AZURE_DEPLOYMENT = 'gpt-4o-infobox'


class Field(BaseModel):
    name: str
    value: str


class InfoboxValues(BaseModel):
    fields: list[Field]


class InfoboxBot(SingleSiteBot, ExistingPageBot):

    update_options = {'template': 'Infobox settlement'}

    def setup(self) -> None:
        self.azure = get_azure_openai_client()

    def extract(self, text: str, wanted: list[str]) -> dict[str, str]:
        completion = self.azure.beta.chat.completions.parse(
            model=AZURE_DEPLOYMENT,
            messages=[
                {'role': 'system', 'content':
                 'Extract infobox values from the article. Only use values '
                 'stated in the text. Omit fields you cannot find.'},
                {'role': 'user', 'content':
                 f'Fields: {", ".join(wanted)}\n\n{plain_text(text)}'},
            ],
            response_format=InfoboxValues,
        )
        parsed = completion.choices[0].message.parsed
        if parsed is None:
            return {}
        return {f.name: f.value for f in parsed.fields
                if f.name in wanted and f.value in text}

    def treat_page(self) -> None:
        code = mwparserfromhell.parse(self.current_page.text)
        for tpl in code.filter_templates():
            if not tpl.name.matches(self.opt.template):
                continue
            empty = [str(p.name).strip() for p in tpl.params
                     if not str(p.value).strip()]
            if not empty:
                return
            values = self.extract(self.current_page.text, empty)
            for name, value in values.items():
                tpl.add(name, value + '\n', preserve_spacing=True)
            if values:
                self.put_current(str(code), summary='Bot: fill infobox '
                                 'parameters: ' + ', '.join(values))
            return


def main(*args: str) -> None:
    options = {}
    gen_factory = pagegenerators.GeneratorFactory()
    for arg in gen_factory.handle_args(pywikibot.handle_args(args)):
        name, _, value = arg[1:].partition(':')
        options[name] = value or True
    gen = gen_factory.getCombinedGenerator(preload=True)
    if gen is None:
        site = pywikibot.Site()
        tpl = pywikibot.Page(site, 'Template:' + options.get(
            'template', 'Infobox settlement'))
        gen = tpl.getReferences(only_template_inclusion=True,
                                namespaces=[0], total=500)
    InfoboxBot(generator=gen, **options).run()


if __name__ == '__main__':
    main()
