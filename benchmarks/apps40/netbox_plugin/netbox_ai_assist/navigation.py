from netbox.plugins import PluginMenu, PluginMenuButton, PluginMenuItem

menu = PluginMenu(
    label="AI Assist",
    icon_class="mdi mdi-robot-outline",
    groups=(
        (
            "Assistant",
            (
                PluginMenuItem(link="plugins:netbox_ai_assist:ask", link_text="Ask"),
                PluginMenuItem(link="plugins:netbox_ai_assist:conversation_list", link_text="Conversations"),
                PluginMenuItem(link="plugins:netbox_ai_assist:search", link_text="Journal search"),
            ),
        ),
        (
            "Configuration",
            (
                PluginMenuItem(
                    link="plugins:netbox_ai_assist:prompttemplate_list",
                    link_text="Prompt templates",
                    buttons=(
                        PluginMenuButton("plugins:netbox_ai_assist:prompttemplate_add", "Add", "mdi mdi-plus-thick"),
                    ),
                ),
                PluginMenuItem(link="plugins:netbox_ai_assist:objectsummary_list", link_text="Summaries"),
                PluginMenuItem(link="plugins:netbox_ai_assist:usage", link_text="Usage"),
            ),
        ),
    ),
)
