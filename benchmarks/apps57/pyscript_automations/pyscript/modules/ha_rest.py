"""Minimal REST client for Home Assistant itself, used by scripts/ running outside HA."""
import os

import requests

HA_URL = os.environ.get("HA_URL", "http://homeassistant.local:8123")


def _headers():
    return {"Authorization": f"Bearer {os.environ['HA_TOKEN']}", "Content-Type": "application/json"}


def get_states():
    resp = requests.get(f"{HA_URL}/api/states", headers=_headers(), timeout=10)
    resp.raise_for_status()
    return resp.json()


def call_service(domain, service_name, **data):
    resp = requests.post(f"{HA_URL}/api/services/{domain}/{service_name}", headers=_headers(),
                         json=data, timeout=10)
    resp.raise_for_status()
    return resp.json()


def set_state(entity_id, state, attributes=None):
    resp = requests.post(f"{HA_URL}/api/states/{entity_id}", headers=_headers(),
                         json={"state": state, "attributes": attributes or {}}, timeout=10)
    resp.raise_for_status()
    return resp.json()


def fire_event(event_type, **data):
    resp = requests.post(f"{HA_URL}/api/events/{event_type}", headers=_headers(), json=data, timeout=10)
    resp.raise_for_status()
    return resp.json()
