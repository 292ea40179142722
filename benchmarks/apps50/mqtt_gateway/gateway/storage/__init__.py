from gateway.storage.incidents import IncidentStore
from gateway.storage.buffer import AlarmBuffer

__all__ = ["IncidentStore", "AlarmBuffer"]
