"""Makes procedure.doc, the Word 97-2003 fixture: the .docx of makers.procedure_docx (code QT-08,
a TCVN3 run in the legal-basis cell) saved as .doc by LibreOffice. Run once where LibreOffice is
installed (apt-get install libreoffice-writer-nogui):

    .venv/bin/python tests/impact/readers/files/make_doc.py

The tests only need a converter to read it (catdoc or antiword), not LibreOffice.
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.impact.readers.makers import procedure_docx

HERE = Path(__file__).parent

with tempfile.TemporaryDirectory() as folder:
    source = procedure_docx(Path(folder) / "procedure.docx", code="QT-08")
    subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", folder, str(source)], check=True,
                   capture_output=True)
    shutil.copy(Path(folder) / "procedure.doc", HERE / "procedure.doc")
print(HERE / "procedure.doc")
