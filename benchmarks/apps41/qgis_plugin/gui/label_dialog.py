"""Configure and launch a batch labelling task."""
from qgis.core import QgsApplication, QgsFieldProxyModel
from qgis.gui import QgsFieldComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
)

from ..core import settings
from ..core.backends import create_backend
from ..core.costs import estimate_batch_cost
from ..core.layer_summary import chunked, sample_rows
from ..core.prompts import label_prompt
from ..tasks.label_task import LabelFeaturesTask, MistralBatchLabelTask
from ..utils import write_values


class LabelDialog(QDialog):
    def __init__(self, iface, layer, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.layer = layer
        self.task = None
        self.setWindowTitle("Label features with AI")
        form = QFormLayout(self)
        self.target = QLineEdit("llm_label")
        form.addRow("Target field", self.target)
        self.name_field = QgsFieldComboBox()
        self.name_field.setLayer(layer)
        self.name_field.setFilters(QgsFieldProxyModel.String)
        form.addRow("Main attribute", self.name_field)
        self.selected_only = QCheckBox("Selected features only")
        self.selected_only.setChecked(layer.selectedFeatureCount() > 0)
        form.addRow(self.selected_only)
        self.parallel = QCheckBox("Parallel (Mistral only)")
        self.parallel.setEnabled(settings.active_provider() == "mistral")
        form.addRow(self.parallel)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def start(self):
        rows = sample_rows(self.layer, limit=100000, selected_only=self.selected_only.isChecked())
        if not rows:
            return
        cfg = settings.provider_config()
        prompts = [label_prompt(c) for c in chunked(rows, 15)]
        cost = estimate_batch_cost(cfg.provider, cfg.model, prompts)
        if cost > 0.5:
            answer = QMessageBox.question(
                self, "GeoScribe", "This will cost about ${:.2f}. Continue?".format(cost)
            )
            if answer != QMessageBox.Yes:
                return
        description = "Labelling {} features".format(len(rows))
        if self.parallel.isChecked():
            self.task = MistralBatchLabelTask(description, rows, self.target.text())
        else:
            self.task = LabelFeaturesTask(description, rows, create_backend(cfg.provider), self.target.text())
        self.task.taskCompleted.connect(self._apply)
        QgsApplication.taskManager().addTask(self.task)
        self.accept()

    def _apply(self):
        write_values(self.layer, self.target.text(), self.task.labels)
        self.iface.messageBar().pushSuccess("GeoScribe", "{} labels written".format(len(self.task.labels)))
