#include "ingest/reader.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <system_error>

#include "ingest/html_text.h"
#include "ingest/input_stream.h"
#include "ingest/json_documents.h"
#include "ingest/read_context.h"
#include "ingest/utf8_repair.h"
#include "ingest/zip_reader.h"

namespace marsad {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPageKinds = "(.txt, .json, .jsonl, .zip, .html)";

enum class PageKind { kNone, kText, kJsonLines, kJson, kHtml, kArchive };

PageKind kind_by_name(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower.ends_with(".txt")) return PageKind::kText;
  if (lower.ends_with(".jsonl") || lower.ends_with(".ndjson")) return PageKind::kJsonLines;
  if (lower.ends_with(".json")) return PageKind::kJson;
  if (lower.ends_with(".html") || lower.ends_with(".htm")) return PageKind::kHtml;
  for (const char* archive : {".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz"}) {
    if (lower.ends_with(archive)) return PageKind::kArchive;
  }
  return PageKind::kNone;
}

// What a file of an unknown extension holds, from its first bytes.
PageKind kind_by_content(InputStream& in) {
  const std::string head = in.peek(262);
  if (head.compare(0, 4, "PK\x03\x04") == 0 || head.compare(0, 2, "\x1f\x8b") == 0 ||
      head.compare(0, 3, "BZh") == 0 || head.compare(0, 6, "\xFD" "7zXZ\0", 6) == 0 ||
      (head.size() >= 262 && head.compare(257, 5, "ustar") == 0)) {
    return PageKind::kArchive;
  }
  switch (in.peek_first_significant_byte()) {
    case '{': return PageKind::kJsonLines;
    case '[': return PageKind::kJson;
    case '<': return PageKind::kHtml;
    default: return PageKind::kText;
  }
}

// InputStream::peek_first_significant_byte() over bytes in memory: the first byte after a
// UTF-8 BOM and ASCII whitespace within the first MiB, else -1.
int first_significant_byte(std::string_view data) {
  constexpr size_t kLookAhead = 1 << 20;
  size_t i = data.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  const size_t limit = std::min(data.size(), kLookAhead);
  for (; i < limit; ++i) {
    const char c = data[i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
      return static_cast<unsigned char>(c);
  }
  return -1;
}

// The id a page takes from its file: the file name without its extension.
std::string stem_of(std::string_view name) { return fs::path(name).stem().string(); }

// Hidden files, and the resource forks macOS adds to zips, are not pages.
bool is_hidden_member(std::string_view name) {
  if (name.rfind("__MACOSX/", 0) == 0) return true;
  const size_t slash = name.rfind('/');
  const std::string_view file = slash == std::string_view::npos ? name : name.substr(slash + 1);
  return !file.empty() && file.front() == '.';
}

class Reader {
 public:
  explicit Reader(ReadContext& context) : context_(context) {}

  void read_path(const std::string& path) {
    if (path == "-") {
      FileSource source;
      source.use_stdin();
      // Problems name "stdin:LINE": "-:LINE" would not tell a user which input was meant.
      read_source(source, PageKind::kJsonLines, "stdin", "stdin");
      return;
    }
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      context_.report(Status::not_found(path, "no such file or directory"));
      return;
    }
    if (fs::is_directory(status)) {
      bool readable = true;
      if (read_directory(path, readable) == 0 && readable) {
        context_.report(Status::not_found(
            path, std::string("no pages ") + kPageKinds + " in this directory"));
      }
      return;
    }
    read_file(path, kind_by_name(path));
  }

 private:
  // Reads the pages under `dir` and returns how many files were pages. `readable` turns
  // false if `dir` itself cannot be listed (that is reported here).
  size_t read_directory(const fs::path& dir, bool& readable) {
    std::error_code error;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
      entries.push_back(*it);
    }
    if (error) {
      readable = false;
      context_.report(Status::io_error(dir.string(), "cannot read the directory: " + error.message()));
      return 0;
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
      return a.path().filename().string() < b.path().filename().string();
    });
    size_t pages = 0;
    for (const auto& entry : entries) {
      const std::string name = entry.path().filename().string();
      if (name.empty() || name.front() == '.') continue;
      // Linked folders are not followed inside a tree, so that a link loop cannot recurse.
      if (entry.is_directory(error) && !entry.is_symlink(error)) {
        bool sub_readable = true;
        pages += read_directory(entry.path(), sub_readable);
        continue;
      }
      const PageKind kind = kind_by_name(name);
      if (kind == PageKind::kNone || !entry.is_regular_file(error)) continue;
      ++pages;
      read_file(entry.path().string(), kind);
    }
    return pages;
  }

  void read_file(const std::string& path, PageKind kind) {
    if (kind == PageKind::kArchive) {
      read_archive(path);
      return;
    }
    FileSource source;
    if (!source.open(path)) {
      context_.report(Status::io_error(path, "cannot open: " + source.error()));
      return;
    }
    if (kind == PageKind::kNone) {
      InputStream probe(source);
      if (kind_by_content(probe) == PageKind::kArchive) {
        read_archive(path);
        return;
      }
      // The probe's buffered bytes are needed again: read the file anew.
      FileSource again;
      if (!again.open(path)) {
        context_.report(Status::io_error(path, "cannot open: " + again.error()));
        return;
      }
      InputStream in(again);
      read_stream(in, kind_by_content(in), path, stem_of(path));
      finish_input(in, path, "read error");
      return;
    }
    read_source(source, kind, path, stem_of(path));
  }

  void read_source(ByteSource& source, PageKind kind, const std::string& origin,
                   const std::string& id_stem) {
    InputStream in(source);
    read_stream(in, kind, origin, id_stem);
    finish_input(in, origin, "read error");
  }

  // Counts one input read through `in` and reports its read error, if any.
  void finish_input(const InputStream& in, const std::string& origin, const char* what) {
    ++context_.stats().inputs;
    context_.stats().bytes += in.bytes_read();
    if (in.failed()) context_.report(Status::io_error(origin, std::string(what) + ": " + in.error()));
  }

  void read_stream(InputStream& in, PageKind kind, const std::string& origin,
                   const std::string& id_stem) {
    switch (kind) {
      case PageKind::kText:
      case PageKind::kHtml:
        read_page(in, kind, origin, id_stem);
        return;
      case PageKind::kJsonLines:
        json_.read_lines(in, origin, id_stem, context_);
        return;
      case PageKind::kJson:
        if (in.peek_first_significant_byte() == '[') {
          json_.read_array(in, origin, id_stem, context_);
        } else {
          json_.read_lines(in, origin, id_stem, context_);
        }
        return;
      case PageKind::kArchive:
      case PageKind::kNone:
        return;
    }
  }

  // One page per input: a text file or an HTML page.
  void read_page(InputStream& in, PageKind kind, const std::string& origin,
                 const std::string& id_stem) {
    std::string content;
    const bool fits = in.read_rest(content, context_.options().max_document_bytes);
    if (in.failed()) return;
    if (!fits) {
      context_.skip(Status::invalid_input(origin, context_.too_long_message("page", in.rest_bytes())));
      return;
    }
    size_t repairs = 0;
    if (!is_valid_utf8(content)) {
      Utf8Repair repair = repair_utf8(content);
      repairs = repair.replaced_at.size();
      content = std::move(repair.text);
    }
    RawDoc doc;
    doc.id = id_stem;
    doc.origin = origin;
    if (kind == PageKind::kHtml) {
      HtmlText page = extract_html_text(content);
      doc.title = std::move(page.title);
      doc.text = std::move(page.text);
    } else {
      doc.text = std::move(content);
    }
    context_.deliver(std::move(doc), repairs);
  }

  void read_archive(const std::string& path) {
    ZipReader zip;
    if (zip.open(path)) {
      read_zip(zip, path);
      return;
    }
    std::unique_ptr<struct archive, decltype(&archive_read_free)> archive(archive_read_new(),
                                                                        &archive_read_free);
    archive_read_support_filter_all(archive.get());
    archive_read_support_format_all(archive.get());
    if (archive_read_open_filename(archive.get(), path.c_str(), 1 << 16) != ARCHIVE_OK) {
      context_.report(Status::invalid_input(path, "not a readable archive: " + archive_error(archive.get())));
      return;
    }
    size_t pages = 0;
    while (true) {
      struct archive_entry* entry = nullptr;
      const int result = archive_read_next_header(archive.get(), &entry);
      if (result == ARCHIVE_EOF) break;
      if (result < ARCHIVE_WARN) {
        context_.report(Status::invalid_input(
            path, "truncated or corrupt archive: " + archive_error(archive.get()) +
                      (pages > 0 ? "; the members before the damage were read" : "")));
        return;
      }
      if (archive_entry_filetype(entry) != AE_IFREG) continue;
      const char* pathname = archive_entry_pathname(entry);
      const std::string name = pathname ? pathname : "";
      const PageKind kind = kind_by_name(name);
      // Archives inside archives are not opened: one level is what corpora use.
      if (kind == PageKind::kNone || kind == PageKind::kArchive || is_hidden_member(name)) continue;
      ++pages;
      const std::string origin = path + "!" + name;
      ArchiveEntrySource source(archive.get());
      InputStream in(source);
      read_stream(in, kind, origin, stem_of(name));
      finish_input(in, origin, "truncated or corrupt archive member");
      if (in.failed()) return;  // libarchive cannot read past damaged data
    }
    if (pages == 0) {
      context_.report(Status::not_found(path, std::string("no pages ") + kPageKinds + " in this archive"));
    }
  }

  // The pages of a ZIP that ZipReader handles, each member inflated whole. A damaged member
  // is reported and skipped; the members after it are still read.
  void read_zip(ZipReader& zip, const std::string& path) {
    size_t pages = 0;
    for (size_t i = 0; i < zip.members().size(); ++i) {
      const ZipMember& member = zip.members()[i];
      if (!member.regular_file) continue;
      const PageKind kind = kind_by_name(member.name);
      // Archives inside archives are not opened: one level is what corpora use.
      if (kind == PageKind::kNone || kind == PageKind::kArchive || is_hidden_member(member.name)) continue;
      ++pages;
      ++context_.stats().inputs;
      if (Status status = zip.extract(i, member_data_, simdjson::SIMDJSON_PADDING); !status.ok()) {
        context_.report(status);
        continue;
      }
      context_.stats().bytes += member_data_.size();
      const std::string origin = path + "!" + member.name;
      if (kind == PageKind::kJson && first_significant_byte(member_data_) == '[') {
        json_.read_array_text(member_data_, origin, stem_of(member.name), context_);
        continue;
      }
      MemorySource source(member_data_);
      InputStream in(source);
      read_stream(in, kind, origin, stem_of(member.name));
    }
    if (pages == 0) {
      context_.report(Status::not_found(path, std::string("no pages ") + kPageKinds + " in this archive"));
    }
  }

  static std::string archive_error(struct archive* archive) {
    const char* message = archive_error_string(archive);
    return message ? message : "unknown error";
  }

  ReadContext& context_;
  JsonDocumentReader json_;
  std::string member_data_;  // reused between archive members
};

}  // namespace

ReadStats read_documents(const std::vector<std::string>& paths, const DocumentSink& sink,
                         const ProblemSink& on_problem, const ReadOptions& options) {
  ReadContext context(sink, on_problem, options);
  Reader reader(context);
  for (const std::string& path : paths) reader.read_path(path);
  return context.stats();
}

}  // namespace marsad
