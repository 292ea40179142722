#!/usr/bin/env python
# vim:fileencoding=UTF-8:ts=4:sw=4:sta:et:sts=4:ai

__license__ = 'GPL v3'
__copyright__ = '2023, Marta Kowalczyk'

from qt.core import (QWidget, QVBoxLayout, QHBoxLayout, QLabel, QLineEdit,
                     QComboBox, QCheckBox, QSpinBox, QGroupBox, QFormLayout,
                     QPushButton)

from calibre.utils.config import JSONConfig

# This is where all preferences for this plugin will be stored
# Remember that this name (i.e. plugins/ai_book_assistant) is also
# in a global namespace, so make it as unique as possible.
prefs = JSONConfig('plugins/ai_book_assistant')

PROVIDERS = ('openai', 'anthropic', 'google', 'mistral', 'deepseek')

DEFAULT_MODELS = {
    'openai': 'gpt-4o-mini',
    'anthropic': 'claude-3-5-haiku-latest',
    'google': 'gemini-2.0-flash',
    'mistral': 'mistral-small-latest',
    'deepseek': 'deepseek-chat',
}

# Set defaults
prefs.defaults['provider'] = 'openai'
prefs.defaults['models'] = dict(DEFAULT_MODELS)
prefs.defaults['api_keys'] = {p: '' for p in PROVIDERS}
prefs.defaults['summary_column'] = '#ai_summary'
prefs.defaults['summary_words'] = 120
prefs.defaults['tag_limit'] = 8
prefs.defaults['target_language'] = 'English'
prefs.defaults['use_tracking_service'] = False
prefs.defaults['translate_provider'] = 'deepseek'
prefs.defaults['tags_provider'] = 'anthropic'
prefs.defaults['embedding_model'] = 'text-embedding-3-small'
prefs.defaults['temperature'] = 0.3
prefs.defaults['http_fallback'] = False
prefs.defaults['deepseek_base_url'] = 'https://api.deepseek.com'
prefs.defaults['max_concurrent_jobs'] = 2
prefs.defaults['moderate_descriptions'] = False


def api_key_for(provider):
    return (prefs['api_keys'] or {}).get(provider, '') or ''


def model_for(provider):
    models = prefs['models'] or {}
    return models.get(provider) or DEFAULT_MODELS[provider]


class ConfigWidget(QWidget):

    def __init__(self):
        QWidget.__init__(self)
        self.l = QVBoxLayout()
        self.setLayout(self.l)

        box = QGroupBox(_('Provider'), self)
        form = QFormLayout(box)
        self.provider_combo = QComboBox(self)
        self.provider_combo.addItems(PROVIDERS)
        self.provider_combo.setCurrentText(prefs['provider'])
        form.addRow(_('Default provider:'), self.provider_combo)

        self.key_edits = {}
        self.model_edits = {}
        for p in PROVIDERS:
            row = QHBoxLayout()
            key = QLineEdit(self)
            key.setEchoMode(QLineEdit.EchoMode.Password)
            key.setText(api_key_for(p))
            key.setPlaceholderText(_('API key'))
            model = QLineEdit(self)
            model.setText(model_for(p))
            row.addWidget(key)
            row.addWidget(model)
            form.addRow(QLabel(p.capitalize() + ':'), row)
            self.key_edits[p] = key
            self.model_edits[p] = model
        self.l.addWidget(box)

        opts = QGroupBox(_('Options'), self)
        oform = QFormLayout(opts)
        self.summary_col = QLineEdit(self)
        self.summary_col.setText(prefs['summary_column'])
        oform.addRow(_('Summary column (lookup name):'), self.summary_col)
        self.words = QSpinBox(self)
        self.words.setRange(30, 600)
        self.words.setValue(prefs['summary_words'])
        oform.addRow(_('Summary length (words):'), self.words)
        self.tag_limit = QSpinBox(self)
        self.tag_limit.setRange(1, 30)
        self.tag_limit.setValue(prefs['tag_limit'])
        oform.addRow(_('Max suggested tags:'), self.tag_limit)
        self.lang = QLineEdit(self)
        self.lang.setText(prefs['target_language'])
        oform.addRow(_('Translate descriptions to:'), self.lang)
        self.tracking = QCheckBox(_('Route requests through the usage tracking service'), self)
        self.tracking.setChecked(prefs['use_tracking_service'])
        oform.addRow(self.tracking)
        self.http_fallback = QCheckBox(_('Use plain HTTP when an SDK is missing'), self)
        self.http_fallback.setChecked(prefs['http_fallback'])
        oform.addRow(self.http_fallback)
        self.moderate = QCheckBox(_('Check descriptions with the moderation endpoint'), self)
        self.moderate.setChecked(prefs['moderate_descriptions'])
        oform.addRow(self.moderate)
        self.l.addWidget(opts)

        self.test_button = QPushButton(_('List available models'), self)
        self.test_button.clicked.connect(self.list_models)
        self.l.addWidget(self.test_button)
        self.status = QLabel('', self)
        self.l.addWidget(self.status)

    def list_models(self):
        # Only lists models; this is free and doubles as a key check.
        from calibre_plugins.ai_book_assistant.llm.clients import get_openai_client
        provider = self.provider_combo.currentText()
        if provider != 'openai':
            self.status.setText(_('Model listing is only implemented for OpenAI'))
            return
        try:
            client = get_openai_client(self.key_edits['openai'].text().strip())
            names = sorted(m.id for m in client.models.list())
        except Exception as e:
            self.status.setText(str(e))
            return
        self.status.setText(', '.join(n for n in names if n.startswith('gpt'))[:400])

    def save_settings(self):
        prefs['provider'] = self.provider_combo.currentText()
        prefs['api_keys'] = {p: e.text().strip() for p, e in self.key_edits.items()}
        prefs['models'] = {p: e.text().strip() or DEFAULT_MODELS[p] for p, e in self.model_edits.items()}
        prefs['summary_column'] = self.summary_col.text().strip()
        prefs['summary_words'] = self.words.value()
        prefs['tag_limit'] = self.tag_limit.value()
        prefs['target_language'] = self.lang.text().strip() or 'English'
        prefs['use_tracking_service'] = self.tracking.isChecked()
        prefs['http_fallback'] = self.http_fallback.isChecked()
        prefs['moderate_descriptions'] = self.moderate.isChecked()
