"""Optional command sets; `load <name>` registers one at runtime."""
from querysh.commands.csv_commands import CsvCommands
from querysh.commands.research_commands import ResearchCommands
from querysh.commands.search_commands import SearchCommands
from querysh.commands.sql_commands import SqlCommands

COMMAND_SETS = {
    "csv": CsvCommands,
    "research": ResearchCommands,
    "search": SearchCommands,
    "sql": SqlCommands,
}
