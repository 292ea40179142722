import django_tables2 as tables
from netbox.tables import NetBoxTable, columns

from .models import Conversation, ObjectSummary, PromptTemplate


class PromptTemplateTable(NetBoxTable):
    name = tables.Column(linkify=True)
    provider = columns.ChoiceFieldColumn()
    tags = columns.TagColumn(url_name="plugins:netbox_ai_assist:prompttemplate_list")

    class Meta(NetBoxTable.Meta):
        model = PromptTemplate
        fields = ("pk", "id", "name", "description", "provider", "model_name", "tags", "created", "last_updated")
        default_columns = ("name", "provider", "model_name", "description")


class ObjectSummaryTable(NetBoxTable):
    assigned_object = tables.Column(linkify=True, orderable=False, verbose_name="Object")
    status = columns.ChoiceFieldColumn()
    provider = columns.ChoiceFieldColumn()

    class Meta(NetBoxTable.Meta):
        model = ObjectSummary
        fields = ("pk", "id", "assigned_object", "status", "provider", "model_name", "input_tokens", "output_tokens", "generated")
        default_columns = ("assigned_object", "status", "provider", "generated")


class ConversationTable(NetBoxTable):
    title = tables.Column(linkify=True)
    provider = columns.ChoiceFieldColumn()

    class Meta(NetBoxTable.Meta):
        model = Conversation
        fields = ("pk", "id", "title", "provider", "model_name", "user", "created")
        default_columns = ("title", "provider", "user", "created")
