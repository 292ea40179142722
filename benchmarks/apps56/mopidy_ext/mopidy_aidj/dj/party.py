"""Party mode: listeners send requests and chat with the DJ sidekick."""

import logging

from ..llm.grok import GrokChat
from ..tasks import moderate_request

logger = logging.getLogger(__name__)


class PartyMode:
    def __init__(self, ext_config, core):
        self.ext_config = ext_config
        self.core = core
        self.sidekick = GrokChat(ext_config)
        self.requests = []

    def chat(self, listener, text):
        if not moderate_request(self.ext_config, text):
            return "Let's keep it friendly."
        return self.sidekick.chat(listener, text)

    def request_song(self, listener, query):
        if not moderate_request(self.ext_config, query):
            return None
        results = self.core.library.search({"any": [query]}).get()
        for result in results:
            if result.tracks:
                track = result.tracks[0]
                self.core.tracklist.add(uris=[track.uri]).get()
                self.requests.append((listener, track.uri))
                return track
        return None
