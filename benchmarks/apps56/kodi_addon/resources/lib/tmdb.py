# -*- coding: utf-8 -*-
"""TMDB lookups for items that are not in the local library (recommendation links)."""
import requests

from resources.lib import kodiutils

API = "https://api.themoviedb.org/3"


class TMDB(object):
    def __init__(self, api_key=None, session=None):
        self.api_key = api_key or kodiutils.get_setting("tmdb_api_key")
        self.session = session or requests.Session()

    def search(self, title, year=None):
        params = {"api_key": self.api_key, "query": title}
        if year:
            params["year"] = year
        r = self.session.get(API + "/search/movie", params=params, timeout=10)
        r.raise_for_status()
        return r.json().get("results", [])

    def rate(self, movie_id, value, session_id):
        r = self.session.post(
            "{}/movie/{}/rating".format(API, movie_id),
            params={"api_key": self.api_key, "session_id": session_id},
            json={"value": value},
            timeout=10,
        )
        return r.ok

    def create_list(self, name, session_id):
        r = requests.post(
            API + "/list",
            params={"api_key": self.api_key, "session_id": session_id},
            json={"name": name, "description": "CouchPilot picks", "language": "en"},
            timeout=10,
        )
        r.raise_for_status()
        return r.json()["list_id"]
