"""Markdown output for ``-f markdown`` (handy for pasting into PRs)."""
from cliff.formatters import base


class MarkdownListFormatter(base.ListFormatter):
    def add_argument_group(self, parser):
        pass

    def emit_list(self, column_names, data, stdout, parsed_args):
        stdout.write("| " + " | ".join(column_names) + " |\n")
        stdout.write("|" + "---|" * len(column_names) + "\n")
        for row in data:
            cells = [str(c).replace("|", "\\|").replace("\n", " ") for c in row]
            stdout.write("| " + " | ".join(cells) + " |\n")


class MarkdownShowFormatter(base.SingleFormatter):
    def add_argument_group(self, parser):
        pass

    def emit_one(self, column_names, data, stdout, parsed_args):
        for name, value in zip(column_names, data):
            stdout.write(f"**{name}**: {value}\n\n")
