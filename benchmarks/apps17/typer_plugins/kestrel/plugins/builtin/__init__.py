from kestrel.plugins.builtin.changelog import ChangelogPlugin
from kestrel.plugins.builtin.explain import ExplainPlugin
from kestrel.plugins.builtin.lint_fix import LintFixPlugin
from kestrel.plugins.builtin.testwriter import TestWriterPlugin
from kestrel.plugins.builtin.translate import TranslatePlugin

BUILTIN_PLUGINS = [ChangelogPlugin, ExplainPlugin, LintFixPlugin, TestWriterPlugin, TranslatePlugin]
