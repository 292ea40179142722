"""Family file for the example community wiki and its language editions."""
from pywikibot import family


class Family(family.Family):  # noqa: D101

    name = 'wikiexample'
    langs = {
        'en': 'wiki.example.org',
        'de': 'de.wiki.example.org',
        'fr': 'fr.wiki.example.org',
        'es': 'es.wiki.example.org',
    }

    # Translation bot only writes to these.
    interwiki_forward = 'en'

    def scriptpath(self, code):
        return '/w'

    def protocol(self, code):
        return 'https'

    def version(self, code):
        return '1.41.1'
