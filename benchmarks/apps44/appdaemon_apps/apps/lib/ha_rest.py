"""Small Home Assistant REST client for the scripts (AppDaemon apps use the plugin API)."""
import requests

from . import settings


class HARest:
    def __init__(self, url=settings.HA_URL, token=None, timeout=15):
        self.url = url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or settings.secret('ha_token')}"
        self.timeout = timeout

    def state(self, entity_id):
        r = self.session.get(f"{self.url}/api/states/{entity_id}", timeout=self.timeout)
        r.raise_for_status()
        return r.json()

    def history(self, entity_id, start_iso):
        r = self.session.get(f"{self.url}/api/history/period/{start_iso}",
                             params={"filter_entity_id": entity_id}, timeout=self.timeout)
        r.raise_for_status()
        return r.json()

    def call_service(self, domain, service, **data):
        r = self.session.post(f"{self.url}/api/services/{domain}/{service}", json=data, timeout=self.timeout)
        r.raise_for_status()
        return r.json()

    def fire_event(self, event_type, **data):
        r = self.session.post(f"{self.url}/api/events/{event_type}", json=data, timeout=self.timeout)
        r.raise_for_status()
        return r.json()
