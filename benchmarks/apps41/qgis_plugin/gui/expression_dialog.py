"""'Write expression with AI' dialog, opened from the toolbar and field calculator."""
from qgis.gui import QgsExpressionBuilderWidget
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ..core import get_genai_client, settings
from ..core.expressions import write_expression


class ExpressionDialog(QDialog):
    def __init__(self, layer, parent=None):
        super().__init__(parent)
        self.layer = layer
        self.setWindowTitle("Write expression with AI")
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Describe what the expression should do:"))
        self.request = QPlainTextEdit()
        layout.addWidget(self.request)
        self.generate_btn = QPushButton("Generate")
        self.generate_btn.clicked.connect(self.generate)
        layout.addWidget(self.generate_btn)
        self.builder = QgsExpressionBuilderWidget()
        if layer is not None:
            self.builder.setLayer(layer)
            self.builder.loadFieldNames()
        layout.addWidget(self.builder)
        self.explain_btn = QPushButton("Explain this expression")
        self.explain_btn.clicked.connect(self.explain)
        layout.addWidget(self.explain_btn)
        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def expression(self):
        return self.builder.expressionText()

    def generate(self):
        text = self.request.toPlainText().strip()
        if not text:
            return
        self.status.setText("Thinking...")
        result = write_expression(text, self.layer)
        self.builder.setExpressionText(result.text)
        self.status.setText("OK" if result else "Invalid: {}".format(result.error))

    def explain(self):
        expr = self.expression()
        if not expr:
            return
        client = get_genai_client()
        response = client.models.generate_content(
            model=settings.model_for("google"),
            contents="Explain this QGIS expression step by step for a beginner:\n\n" + expr,
        )
        self.status.setText(response.text[:800])
