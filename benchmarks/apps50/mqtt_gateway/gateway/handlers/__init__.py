"""Topic handlers and the dispatch table.

Patterns are relative to ``settings.mqtt.base_topic``.  Operator questions
are not in this table: they get a dedicated ``message_callback_add`` in
``gateway.app`` so they bypass the generic dispatcher.
"""
from gateway.handlers.alarms import handle_alarm, handle_alarm_ack
from gateway.handlers.anomaly import handle_label_feedback, handle_sensor_window
from gateway.handlers.commands import handle_command
from gateway.handlers.diagnostics import handle_diag
from gateway.handlers.health import handle_ping
from gateway.handlers.media import handle_announce, handle_snapshot, handle_voice_note
from gateway.handlers.operator_qa import handle_hmi_chat, on_operator_question
from gateway.handlers.similarity import handle_similar
from gateway.handlers.telemetry import handle_telemetry

TOPIC_TABLE = [
    ("sensors/+/window", handle_sensor_window),
    ("sensors/+/label", handle_label_feedback),
    ("alarms/+/ack", handle_alarm_ack),
    ("alarms/+", handle_alarm),
    ("devices/+/diag", handle_diag),
    ("devices/+/telemetry", handle_telemetry),
    ("incidents/similar", handle_similar),
    ("cameras/+/snapshot", handle_snapshot),
    ("operator/voice/+", handle_voice_note),
    ("operator/chat/+", handle_hmi_chat),
    ("pa/announce", handle_announce),
    ("gateway/ping", handle_ping),
    ("gateway/cmd/+", handle_command),
]

OPERATOR_TOPIC = "operator/ask"

__all__ = ["TOPIC_TABLE", "OPERATOR_TOPIC", "on_operator_question"]
