"""Why a procedure file cannot be read: one exception per cause, each with a Vietnamese reason that
names the remedy, written for the coordinator. Raised where the cause is known, reported once by
the caller (the batch report, the CLI, the app)."""
from __future__ import annotations

from pathlib import Path


class UnreadableFile(Exception):
    """A file that cannot be read as a procedure; `reason` is written for the coordinator (Vietnamese)."""

    def __init__(self, path: Path | str, reason: str):
        path = Path(path)
        super().__init__(f"Tệp {path.name}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):
        # Crosses the worker-process boundary as (path, reason), whatever the subclass' signature.
        return _rebuild, (type(self), self.path, self.reason)


def _rebuild(cls, path, reason):
    error = UnreadableFile.__new__(cls)
    UnreadableFile.__init__(error, path, reason)
    return error


def _megabytes(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB"


class UnsupportedFormat(UnreadableFile):
    def __init__(self, path: Path | str, kind: str):
        super().__init__(path, f"định dạng {kind} chưa được hỗ trợ; hãy lưu tệp dưới dạng .docx, .pdf hoặc .txt rồi nhập lại")


class EmptyFile(UnreadableFile):
    def __init__(self, path: Path | str, reason: str = "tệp rỗng"):
        super().__init__(path, f"{reason}; không có gì để nhập")


class FileTooLarge(UnreadableFile):
    def __init__(self, path: Path | str, size: int, limit: int):
        super().__init__(path, f"tệp lớn {_megabytes(size)}, vượt giới hạn {_megabytes(limit)} cho một tệp; "
                               "hãy tách tệp hoặc tăng giới hạn (--max-size)")


class DamagedFile(UnreadableFile):
    """The bytes are not a valid file of the format its name or content says (truncated copy, wrong suffix)."""


class ArchiveTooLarge(UnreadableFile):
    """A .docx whose archive would unpack beyond the safety limits (a zip bomb, or an absurd file)."""

    def __init__(self, path: Path | str, what: str):
        super().__init__(path, f"tệp .docx {what}, vượt giới hạn an toàn nên không được giải nén; tệp có thể "
                               "độc hại hoặc hỏng — hãy mở bằng Word, kiểm tra và lưu lại")


class EncryptedFile(UnreadableFile):
    def __init__(self, path: Path | str):
        super().__init__(path, "tệp được đặt mật khẩu; hãy gỡ mật khẩu (lưu lại không mật khẩu) rồi nhập lại")


class NeedsOcr(UnreadableFile):
    """A PDF without a text layer (a scan) while OCR is not available or turned off."""

    def __init__(self, path: Path | str, detail: str = ""):
        remedy = detail or "cài tesseract-ocr và tesseract-ocr-vie"
        super().__init__(path, f"không có lớp chữ: cần nhận dạng OCR ({remedy})")


class ConverterMissing(UnreadableFile):
    def __init__(self, path: Path | str):
        super().__init__(path, "tệp Word 97-2003 (.doc) cần công cụ chuyển đổi: cài antiword "
                               "(apt-get install antiword) hoặc LibreOffice, hoặc mở bằng Word và lưu thành .docx")


class UnknownEncoding(UnreadableFile):
    def __init__(self, path: Path | str):
        super().__init__(path, "không nhận ra bảng mã của tệp văn bản (không phải UTF-8, UTF-16, Windows-1258, "
                               "TCVN3 hay VNI); hãy mở bằng Notepad và lưu lại dưới dạng UTF-8")


class ReadTimedOut(UnreadableFile):
    def __init__(self, path: Path | str, seconds: float):
        super().__init__(path, f"đọc quá {seconds:g} giây nên đã dừng; tệp có thể quá phức tạp hoặc bị hỏng — "
                               "hãy mở và lưu lại, hoặc tăng giới hạn (--timeout)")


class ReadFailed(UnreadableFile):
    """An unexpected error inside a reader: reported by file, never stopping the batch."""

    def __init__(self, path: Path | str, detail: str):
        super().__init__(path, f"lỗi không mong đợi khi đọc tệp ({detail}); hãy mở và lưu lại tệp, "
                               "nếu vẫn lỗi xin gửi tệp cho bộ phận hỗ trợ")
