"""View helpers shared by the commands."""
import sublime

PHANTOM_KEY = "ai_companion"


def language_of(view):
    syntax = view.syntax()
    if syntax is None:
        return "text"
    return syntax.name.lower().split(" ")[0]


def selection_or_file(view):
    regions = [r for r in view.sel() if not r.empty()]
    if regions:
        return "\n".join(view.substr(r) for r in regions), regions[0]
    whole = sublime.Region(0, view.size())
    return view.substr(whole), whole


def show_markdown(window, title, text):
    panel = window.create_output_panel("ai_companion")
    panel.assign_syntax("Packages/Markdown/Markdown.sublime-syntax")
    panel.settings().set("word_wrap", True)
    panel.run_command("select_all")
    panel.run_command("right_delete")
    panel.run_command("append", {"characters": "# %s\n\n%s\n" % (title, text)})
    window.run_command("show_panel", {"panel": "output.ai_companion"})


def status(view, text, timeout=4000):
    view.set_status(PHANTOM_KEY, text)
    sublime.set_timeout(lambda: view.erase_status(PHANTOM_KEY), timeout)
