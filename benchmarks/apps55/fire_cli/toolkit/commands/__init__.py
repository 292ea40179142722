from toolkit.commands.compare_cmds import CompareCommands
from toolkit.commands.data_cmds import DataCommands
from toolkit.commands.embed_cmds import EmbedCommands
from toolkit.commands.eval_cmds import EvalCommands
from toolkit.commands.label_cmds import LabelCommands
from toolkit.commands.models_cmds import ModelsCommands

__all__ = [
    "CompareCommands",
    "DataCommands",
    "EmbedCommands",
    "EvalCommands",
    "LabelCommands",
    "ModelsCommands",
]
