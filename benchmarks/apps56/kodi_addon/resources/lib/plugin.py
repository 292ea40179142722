# -*- coding: utf-8 -*-
"""Routes of plugin://plugin.video.couchpilot/"""
import sys

import routing
import xbmcgui
import xbmcplugin

from resources.lib import kodiutils, library, player
from resources.lib.ai import MissingApiKey, prompts, registry
from resources.lib.features import extras, moderation, qa, subtitles, summary
from resources.lib.features.recommend import RecommendationEngine
from resources.lib.services.multi_model_service import TaskComplexity, multi_model_service
from resources.lib.ui import dialogs, listing

plugin = routing.Plugin()


@plugin.route("/")
def index():
    h = plugin.handle
    listing.add_action(h, plugin.url_for(ask), kodiutils.localize(30501))
    listing.add_folder(h, plugin.url_for(recommendations), kodiutils.localize(30502))
    listing.add_action(h, plugin.url_for(translate_current), kodiutils.localize(30503))
    listing.add_folder(h, plugin.url_for(mood_menu), "What should I watch tonight?")
    listing.add_action(h, plugin.url_for(switch_provider), "Provider: " + kodiutils.get_setting("provider", "openai"))
    listing.add_action(h, plugin.url_for(usage), "Usage & cost")
    listing.add_action(h, plugin.url_for(clear_cache), "Clear cache")
    listing.finish(h, content="files")


@plugin.route("/summary/<kind>/<item_id>")
def show_summary(kind, item_id):
    try:
        text = summary.summary_for(kind, item_id)
    except MissingApiKey as exc:
        dialogs.error(str(exc))
        return
    text = moderation.filter_text(text)
    dialogs.show_text(kodiutils.localize(30500), text)
    extras.speak(text)


@plugin.route("/recap/<episode_id>")
def recap(episode_id):
    ep = library.get_episode(episode_id)
    text = summary.PlotSummarizer().recap(ep)
    dialogs.show_text(library.describe(ep), moderation.filter_text(text))


@plugin.route("/ask")
def ask():
    question = dialogs.ask_question()
    if not question:
        return
    if plugin.args.get("stream", ["0"])[0] == "1":
        window = dialogs.StreamingTextWindow(kodiutils.localize(30501))
        try:
            answer = qa.NowPlayingAssistant().ask_streaming(question, window)
        finally:
            window.close()
    else:
        answer = qa.ask(question)
    dialogs.show_text(question, moderation.filter_text(answer))


@plugin.route("/recommendations")
def recommendations():
    engine = RecommendationEngine()
    for rec in engine.generate(n=10):
        movie = rec["movie"]
        listing.add_movie(plugin.handle, movie["file"], movie, extra_plot="[B]Why:[/B] " + rec["reason"])
    listing.finish(plugin.handle, content="movies", cache=False)


@plugin.route("/translate")
def translate_current():
    path = xbmcgui.Dialog().browse(1, kodiutils.localize(30503), "files", ".srt")
    if not path:
        return
    with dialogs.Progress(kodiutils.localize(30503)) as progress:
        out = subtitles.translate_file(path, progress=progress.update)
    kodiutils.notify("Saved " + out)
    if player.current():
        import xbmc
        xbmc.Player().setSubtitles(out)


@plugin.route("/quick_fact/<movie_id>")
def quick_fact(movie_id):
    movie = library.get_movie(movie_id)
    client = registry.get("openai")
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "One fun fact about the film {}.".format(library.describe(movie))}],
        max_tokens=60,
    )
    kodiutils.notify(resp.choices[0].message.content, heading=movie.get("title"))


@plugin.route("/explain/<movie_id>")
def explain(movie_id):
    movie = library.get_movie(movie_id)
    text = multi_model_service.generate_response_sync(
        "Explain the themes of {} without spoilers. Plot: {}".format(library.describe(movie), movie.get("plot")),
        task_type="explain",
        complexity=TaskComplexity.AGENTIC,
        system=prompts.summary_system(True),
    )
    dialogs.show_text(movie.get("title", ""), text)


@plugin.route("/compare/<a>/<b>")
def compare(a, b):
    m1, m2 = library.get_movie(a), library.get_movie(b)
    mistral = registry.get("mistral")
    resp = mistral.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Compare {} and {} in 3 bullet points.".format(
            library.describe(m1), library.describe(m2))}],
    )
    dialogs.show_text("Compare", resp.choices[0].message.content)


@plugin.route("/mood")
def mood_menu():
    from resources.lib.features.recommend import MOODS

    for mood in MOODS:
        listing.add_folder(plugin.handle, plugin.url_for(mood_results, mood=mood), mood.capitalize())
    listing.add_action(plugin.handle, plugin.url_for(mood_custom), "Describe your mood...")
    listing.finish(plugin.handle, content="files")


@plugin.route("/mood/custom")
def mood_custom():
    text = xbmcgui.Dialog().input("How do you feel tonight?")
    if text:
        xbmc_url = plugin.url_for(mood_results, mood=text)
        import xbmc
        xbmc.executebuiltin("Container.Update({})".format(xbmc_url))


@plugin.route("/mood/<mood>")
def mood_results(mood):
    from resources.lib.features.recommend import mood_picks

    try:
        picks = mood_picks(mood)
    except MissingApiKey as exc:
        dialogs.error(str(exc))
        listing.fail(plugin.handle)
        return
    for movie in picks:
        listing.add_movie(plugin.handle, movie["file"], movie)
    listing.finish(plugin.handle, content="movies", cache=False)


@plugin.route("/poster/<movie_id>")
def poster(movie_id):
    movie = library.get_movie(movie_id)
    out = kodiutils.profile_path("posters", "{}.png".format(movie_id))
    with dialogs.Progress("Generating poster", movie.get("title", "")):
        extras.generate_poster(movie.get("title", ""), movie.get("plot", ""), out)
    kodiutils.jsonrpc("VideoLibrary.SetMovieDetails", movieid=int(movie_id), art={"poster": out})


@plugin.route("/clear_cache")
def clear_cache():
    from resources.lib import cache

    if xbmcgui.Dialog().yesno(kodiutils.ADDON_NAME, "Delete all cached AI answers?"):
        cache.clear()
        registry.clear()
        kodiutils.notify("Cache cleared")


@plugin.route("/usage")
def usage():
    from resources.lib.services.llm_usage_tracker import llm_tracker

    for provider, model, tin, tout, cost in llm_tracker.totals():
        label = "{} / {}: {} in, {} out - ${:.4f}".format(provider, model, tin or 0, tout or 0, cost or 0)
        listing.add_action(plugin.handle, plugin.url_for(usage), label)
    listing.finish(plugin.handle, content="files", cache=False)


@plugin.route("/switch_provider")
def switch_provider():
    choice = dialogs.pick_provider(["openai", "anthropic", "google", "mistral", "ollama"])
    if choice:
        kodiutils.set_setting("provider", choice)
        registry.clear()
    xbmcplugin.endOfDirectory(plugin.handle, succeeded=False)


def run(argv=None):
    argv = argv or sys.argv
    kodiutils.log("plugin called: {}".format(argv))
    plugin.run(argv)
