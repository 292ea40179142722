# -*- coding: utf-8 -*-
"""Read the local Kodi library through JSON-RPC."""
from resources.lib.kodiutils import jsonrpc

VIDEO_FIELDS = ["title", "plot", "year", "genre", "rating", "playcount", "file", "cast", "tagline"]
EPISODE_FIELDS = ["title", "plot", "season", "episode", "showtitle", "tvshowid", "playcount", "file"]


def get_movie(movie_id):
    res = jsonrpc("VideoLibrary.GetMovieDetails", movieid=int(movie_id), properties=VIDEO_FIELDS)
    return res.get("moviedetails", {})


def get_episode(episode_id):
    res = jsonrpc("VideoLibrary.GetEpisodeDetails", episodeid=int(episode_id), properties=EPISODE_FIELDS)
    return res.get("episodedetails", {})


def get_movies(limit=500, watched_only=False):
    params = {"properties": VIDEO_FIELDS, "limits": {"start": 0, "end": limit}}
    if watched_only:
        params["filter"] = {"field": "playcount", "operator": "greaterthan", "value": "0"}
    return jsonrpc("VideoLibrary.GetMovies", **params).get("movies", [])


def get_previous_episodes(tvshow_id, season, episode):
    eps = jsonrpc(
        "VideoLibrary.GetEpisodes",
        tvshowid=int(tvshow_id),
        properties=EPISODE_FIELDS,
        sort={"method": "episode", "order": "ascending"},
    ).get("episodes", [])
    return [e for e in eps if (e["season"], e["episode"]) < (season, episode)]


def get_unwatched_candidates(limit=200):
    return jsonrpc(
        "VideoLibrary.GetMovies",
        properties=VIDEO_FIELDS,
        filter={"field": "playcount", "operator": "is", "value": "0"},
        limits={"start": 0, "end": limit},
    ).get("movies", [])


def describe(item):
    if item.get("showtitle"):
        return "{} S{:02d}E{:02d} - {}".format(
            item["showtitle"], item.get("season", 0), item.get("episode", 0), item.get("title", "")
        )
    return "{} ({})".format(item.get("title", "?"), item.get("year", "?"))
