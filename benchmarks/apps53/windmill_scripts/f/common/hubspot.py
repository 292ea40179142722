"""Thin HubSpot CRM v3 wrapper (contacts / companies / notes)."""
from typing import Any, Dict, Iterable, List, Optional

import httpx

BASE = "https://api.hubapi.com"


class HubSpotObjects:
    def __init__(self, http: httpx.Client, object_type: str):
        self._http = http
        self._type = object_type

    def get(self, object_id: str, properties: Optional[List[str]] = None) -> Dict[str, Any]:
        params = {"properties": ",".join(properties)} if properties else None
        r = self._http.get(f"/crm/v3/objects/{self._type}/{object_id}", params=params)
        r.raise_for_status()
        return r.json()

    def create(self, properties: Dict[str, Any]) -> Dict[str, Any]:
        r = self._http.post(f"/crm/v3/objects/{self._type}", json={"properties": properties})
        r.raise_for_status()
        return r.json()

    def update(self, object_id: str, properties: Dict[str, Any]) -> Dict[str, Any]:
        r = self._http.patch(f"/crm/v3/objects/{self._type}/{object_id}",
                             json={"properties": properties})
        r.raise_for_status()
        return r.json()

    def search(self, filters: List[Dict[str, Any]], properties: Iterable[str],
               limit: int = 100) -> List[Dict[str, Any]]:
        body = {"filterGroups": [{"filters": filters}], "properties": list(properties),
                "limit": limit}
        r = self._http.post(f"/crm/v3/objects/{self._type}/search", json=body)
        r.raise_for_status()
        return r.json().get("results", [])


class HubSpot:
    def __init__(self, token: str):
        self._http = httpx.Client(base_url=BASE, headers={"Authorization": f"Bearer {token}"},
                                  timeout=30)
        self.contacts = HubSpotObjects(self._http, "contacts")
        self.companies = HubSpotObjects(self._http, "companies")
        self.notes = HubSpotObjects(self._http, "notes")

    def close(self) -> None:
        self._http.close()


def batch_read(hs: HubSpot, object_type: str, ids: List[str],
               properties: Iterable[str]) -> List[Dict[str, Any]]:
    """POST /crm/v3/objects/{type}/batch/read in chunks of 100."""
    results: List[Dict[str, Any]] = []
    props = list(properties)
    for i in range(0, len(ids), 100):
        chunk = ids[i:i + 100]
        r = hs._http.post(
            f"/crm/v3/objects/{object_type}/batch/read",
            json={"inputs": [{"id": x} for x in chunk], "properties": props},
        )
        r.raise_for_status()
        results.extend(r.json().get("results", []))
    return results


def associate(hs: HubSpot, from_type: str, from_id: str, to_type: str, to_id: str) -> None:
    r = hs._http.put(
        f"/crm/v4/objects/{from_type}/{from_id}/associations/default/{to_type}/{to_id}"
    )
    r.raise_for_status()


def normalise_domain(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    value = value.strip().lower()
    for prefix in ("https://", "http://", "www."):
        if value.startswith(prefix):
            value = value[len(prefix):]
    return value.split("/")[0] or None


FREE_MAIL = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com",
             "proton.me", "protonmail.com", "gmx.de", "web.de"}


def is_business_email(email: Optional[str]) -> bool:
    if not email or "@" not in email:
        return False
    return email.rsplit("@", 1)[-1].lower() not in FREE_MAIL
