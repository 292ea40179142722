#!/usr/bin/env python
# vim:fileencoding=UTF-8:ts=4:sw=4:sta:et:sts=4:ai

__license__ = 'GPL v3'
__copyright__ = '2023, Marta Kowalczyk'

from functools import partial

from qt.core import QMenu, QToolButton

from calibre.gui2 import error_dialog, question_dialog
from calibre.gui2.actions import InterfaceAction
from calibre.gui2.threaded_jobs import ThreadedJob

from calibre_plugins.ai_book_assistant.config import prefs, model_for
from calibre_plugins.ai_book_assistant.common_utils import (
    get_icon, set_plugin_icon_resources, require_selection, report)
from calibre_plugins.ai_book_assistant import jobs
from calibre_plugins.ai_book_assistant.llm import clients
from calibre_plugins.ai_book_assistant.llm.registry import clear as clear_backends
from calibre_plugins.ai_book_assistant.metadata_utils import (
    iter_mi, read_book_excerpt, write_field, custom_column_exists, CommentsGenerator)

PLUGIN_ICONS = ['images/icon.png', 'images/summary.png', 'images/tags.png',
                'images/translate.png']


class AIBookAssistantAction(InterfaceAction):

    name = 'AI Book Assistant'
    action_spec = ('AI Assistant', None, 'Summaries, tags and translations with LLMs', None)
    popup_type = QToolButton.ToolButtonPopupMode.MenuButtonPopup
    action_add_menu = True
    dont_add_to = frozenset(['context-menu-device'])

    def genesis(self):
        icon_resources = self.load_resources(PLUGIN_ICONS)
        set_plugin_icon_resources(self.name, icon_resources)
        self.qaction.setIcon(get_icon(PLUGIN_ICONS[0]))
        self.menu = self.qaction.menu()
        self.qaction.triggered.connect(self.summarize_selected)
        self._init_clients()
        self.rebuild_menu()

    def _init_clients(self):
        # Created once and handed to the job functions; the SDK clients are
        # thread safe and keep their connection pools.
        self.openai_client = clients.get_openai_client()
        self.anthropic_client = clients.get_anthropic_client()

    def apply_settings(self):
        clients.reset_clients()
        clear_backends()
        self._init_clients()
        self.rebuild_menu()

    def rebuild_menu(self):
        m = self.menu
        m.clear()
        self.create_menu_action(m, 'ai-summary', _('Summarize selected books'),
                                icon=get_icon('images/summary.png'),
                                triggered=self.summarize_selected)
        self.create_menu_action(m, 'ai-summary-deep', _('Deep summary (reads the book)'),
                                triggered=partial(self.summarize_selected, deep=True))
        self.create_menu_action(m, 'ai-summary-fast', _('Summarize (parallel, OpenAI)'),
                                triggered=self.summarize_parallel)
        m.addSeparator()
        self.create_menu_action(m, 'ai-tags', _('Suggest tags'),
                                icon=get_icon('images/tags.png'),
                                triggered=self.suggest_tags)
        self.create_menu_action(m, 'ai-tags-strict', _('Suggest tags (existing only)'),
                                triggered=partial(self.suggest_tags, strict=True))
        self.create_menu_action(m, 'ai-series', _('Detect series'),
                                triggered=self.detect_series)
        self.create_menu_action(m, 'ai-retitle', _('Clean up titles'),
                                triggered=self.clean_titles)
        m.addSeparator()
        self.create_menu_action(m, 'ai-translate', _('Translate descriptions'),
                                icon=get_icon('images/translate.png'),
                                triggered=self.translate_selected)
        self.create_menu_action(m, 'ai-ask', _('Ask about this book...'),
                                triggered=self.show_dialog)
        self.create_menu_action(m, 'ai-genre-note', _('Explain genre of current book'),
                                triggered=self.explain_genre)
        m.addSeparator()
        self.create_menu_action(m, 'ai-config', _('Customize plugin'),
                                triggered=self.show_configuration)
        self.gui.keyboard.finalize()

    # ---- helpers -------------------------------------------------------

    @property
    def db(self):
        return self.gui.current_db

    def _start(self, name, desc, func, args, callback, kwargs=None):
        job = ThreadedJob(name, desc, func, args, kwargs or {}, callback,
                          max_concurrent_count=int(prefs['max_concurrent_jobs']))
        self.gui.job_manager.run_threaded_job(job)
        self.gui.status_bar.show_message(desc + '...', 3000)

    def _job_failed(self, job, title):
        if job.failed:
            self.gui.job_exception(job, dialog_title=title)
            return True
        return False

    # ---- summaries -----------------------------------------------------

    def summarize_selected(self, deep=False):
        ids = require_selection(self.gui, _('summarize'))
        if not ids:
            return
        col = prefs['summary_column']
        if col and col.startswith('#') and not custom_column_exists(self.db, col):
            return error_dialog(self.gui, _('Missing column'),
                                _('The column %s does not exist. Create it or change '
                                  'the plugin settings.') % col, show=True)
        books = []
        for book_id, mi in iter_mi(self.db, ids):
            excerpt = read_book_excerpt(self.db, book_id) if deep else None
            books.append((book_id, mi, excerpt))
        self._start('ai_summary', _('Summarizing %d books') % len(books),
                    jobs.summarize_books, (books,), self._summaries_done,
                    kwargs={'deep': deep})

    def summarize_parallel(self):
        ids = require_selection(self.gui, _('summarize'))
        if not ids:
            return
        books = [(bid, mi, None) for bid, mi in iter_mi(self.db, ids)]
        self._start('ai_summary_fast', _('Summarizing %d books') % len(books),
                    jobs.summarize_books_parallel, (books, self.openai_client),
                    self._summaries_done)

    def _summaries_done(self, job):
        if self._job_failed(job, _('Summaries failed')):
            return
        res = job.result
        col = prefs['summary_column']
        if col:
            write_field(self.db, col, res['summaries'])
        else:
            gen = CommentsGenerator()
            api = self.db.new_api
            values = {bid: gen.generate(s, api.field_for('comments', bid))
                      for bid, s in res['summaries'].items()}
            write_field(self.db, 'comments', values)
        self.gui.iactions['Edit Metadata'].refresh_gui(list(res['summaries']))
        report(self.gui, _('Summaries'),
               _('Wrote %d summaries, %d failed.') % (len(res['summaries']), len(res['errors'])),
               det_msg='\n'.join('%s: %s' % kv for kv in res['errors'].items()))

    # ---- tags / series -------------------------------------------------

    def suggest_tags(self, strict=False):
        ids = require_selection(self.gui, _('tag'))
        if not ids:
            return
        pairs = list(iter_mi(self.db, ids))
        self._start('ai_tags', _('Suggesting tags'), jobs.suggest_tags,
                    (self.db, pairs), self._tags_done, kwargs={'strict': strict})

    def _tags_done(self, job):
        if self._job_failed(job, _('Tag suggestion failed')):
            return
        from calibre_plugins.ai_book_assistant.main import ReviewDialog
        d = ReviewDialog(self.gui, _('Suggested tags'), job.result, self.db)
        if d.exec():
            api = self.db.new_api
            api.set_field('tags', {bid: tags for bid, tags in d.accepted_values().items()})
            self.gui.iactions['Edit Metadata'].refresh_gui(list(d.accepted_values()))

    def detect_series(self):
        ids = require_selection(self.gui, _('check'))
        if not ids:
            return
        self._start('ai_series', _('Detecting series'), jobs.detect_series,
                    (list(iter_mi(self.db, ids)),), self._series_done)

    def _series_done(self, job):
        if self._job_failed(job, _('Series detection failed')):
            return
        found = {k: v for k, v in job.result.items() if v}
        if not found:
            return report(self.gui, _('Series'), _('No series found.'))
        if not question_dialog(self.gui, _('Apply series?'),
                               _('Set series for %d books?') % len(found)):
            return
        api = self.db.new_api
        api.set_field('series', {bid: s for bid, (s, _i) in found.items()})
        api.set_field('series_index', {bid: i for bid, (_s, i) in found.items() if i})
        self.gui.iactions['Edit Metadata'].refresh_gui(list(found))

    def clean_titles(self):
        ids = require_selection(self.gui, _('clean'))
        if not ids:
            return
        self._start('ai_titles', _('Cleaning titles'), jobs.retitle_suggestions,
                    (list(iter_mi(self.db, ids)), self.anthropic_client), self._titles_done)

    def _titles_done(self, job):
        if self._job_failed(job, _('Title clean-up failed')):
            return
        from calibre_plugins.ai_book_assistant.main import ReviewDialog
        d = ReviewDialog(self.gui, _('Cleaned titles'), job.result, self.db)
        if d.exec():
            self.db.new_api.set_field('title', d.accepted_values())

    # ---- translation ---------------------------------------------------

    def translate_selected(self):
        ids = require_selection(self.gui, _('translate'))
        if not ids:
            return
        api = self.db.new_api
        items = [(bid, api.field_for('title', bid), api.field_for('comments', bid))
                 for bid in ids]
        items = [it for it in items if it[2]]
        self._start('ai_translate', _('Translating %d descriptions') % len(items),
                    jobs.translate_descriptions, (items, prefs['target_language']),
                    self._translate_done)

    def _translate_done(self, job):
        if self._job_failed(job, _('Translation failed')):
            return
        write_field(self.db, 'comments', job.result)
        self.gui.iactions['Edit Metadata'].refresh_gui(list(job.result))

    # ---- misc ----------------------------------------------------------

    def explain_genre(self):
        ids = require_selection(self.gui, _('explain'))
        if not ids:
            return
        mi = self.db.new_api.get_metadata(ids[0])
        # Single quick request on the GUI thread; short enough not to need a job.
        msg = self.anthropic_client.messages.create(
            model=model_for('anthropic'),
            max_tokens=200,
            messages=[{'role': 'user', 'content':
                       'In two sentences, what genre is "%s" by %s and why?' % (
                           mi.title, ', '.join(mi.authors))}],
        )
        report(self.gui, mi.title, msg.content[0].text)

    def show_dialog(self):
        ids = require_selection(self.gui, _('ask about'))
        if not ids:
            return
        from calibre_plugins.ai_book_assistant.main import AskDialog
        d = AskDialog(self.gui, self.qaction.icon(), self.db, ids[0])
        d.show()

    def show_configuration(self):
        self.interface_action_base_plugin.do_user_config(self.gui)
