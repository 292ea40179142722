"""The ``.. api-overview:: package.module`` directive."""
from __future__ import annotations

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

logger = logging.getLogger(__name__)


class ApiOverviewDirective(SphinxDirective):
    required_arguments = 1
    optional_arguments = 0
    has_content = False
    option_spec = {
        "max-tokens": directives.positive_int,
        "backend": directives.unchanged,
        "class": directives.class_option,
    }

    def run(self) -> list[nodes.Node]:
        module_name = self.arguments[0]
        writer = getattr(self.env.app, "_doctools_writer", None)
        if writer is None:
            logger.warning("api-overview used but builder-inited did not run", location=self.get_location())
            return []
        max_tokens = self.options.get("max-tokens", self.config.api_overview_max_tokens)
        backend_override = self.options.get("backend")
        original = writer.backend
        try:
            if backend_override:
                writer.backend = backend_override
            text = writer.generate(module_name, max_tokens=max_tokens)
        except Exception as exc:
            logger.warning("api-overview for %s failed: %s", module_name, exc, location=self.get_location())
            return [nodes.warning("", nodes.paragraph(text=f"Overview for {module_name} is unavailable."))]
        finally:
            writer.backend = original

        self.env.note_dependency(module_name.replace(".", "/") + ".py")
        if not hasattr(self.env, "api_overviews"):
            self.env.api_overviews = {}
        self.env.api_overviews[self.env.docname] = module_name

        container = nodes.container(classes=["api-overview"] + self.options.get("class", []))
        content = StringList(text.splitlines(), source=f"<api-overview {module_name}>")
        nested_parse_with_titles(self.state, content, container)
        return [container]
