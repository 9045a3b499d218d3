#include "entity/ner_gazetteer.h"

#include <cstring>
#include <fstream>

#include "entity/ner_hash.h"
#include "entity/ner_text.h"

namespace marsad::ner {
namespace {

constexpr uint64_t kPhraseSeed = 0x6E65722D70687261ULL;

uint64_t start_key(uint64_t first_word) { return mix_hash(kPhraseSeed, first_word); }
uint64_t extend_key(uint64_t key, uint64_t word) { return mix_hash(key, word); }

bool has_letter_or_digit(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return true;
    }
  }
  return false;
}

std::vector<std::string_view> split_spaces(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != '\r') ++j;
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

}  // namespace

void make_word_forms(std::string_view token, WordForms* out) {
  out->norm = normalize_arabic_word(token);
  out->article_strip = strip_article_clitics(out->norm);
  out->all_strip = strip_all_proclitics(out->norm);
  out->h_norm = hash_word(out->norm);
  out->h_article = out->article_strip == out->norm ? out->h_norm : hash_word(out->article_strip);
  out->h_all = out->all_strip == out->article_strip ? out->h_article : hash_word(out->all_strip);
}

void PhraseSet::or_into_table(uint64_t key, uint8_t bits) {
  const size_t before = table_.size();
  table_[key] |= bits;
  if (table_.size() == before) return;
  if (table_.size() <= filter_.capacity()) {
    filter_.add(key);
    return;
  }
  filter_.reset(2 * table_.size());
  table_.for_each([&](uint64_t k, uint8_t) { filter_.add(k); });
}

void PhraseSet::add_key(uint64_t first_word, const std::vector<uint64_t>& rest, uint8_t class_mask) {
  uint64_t key = start_key(first_word);
  for (uint64_t word : rest) {
    keys_[key] |= kPrefixBit;
    or_into_table(key, kPrefixBit);
    key = extend_key(key, word);
  }
  keys_[key] |= class_mask;
  or_into_table(key, class_mask);
}

void PhraseSet::add(std::string_view phrase, uint8_t class_mask) {
  if (!has_letter_or_digit(phrase)) return;
  const std::vector<std::string_view> words = split_spaces(phrase);
  if (words.empty()) return;
  std::vector<uint64_t> rest;
  for (size_t k = 1; k < words.size(); ++k) rest.push_back(hash_word(normalize_arabic_word(words[k])));
  const std::string first = normalize_arabic_word(words[0]);
  add_key(hash_word(first), rest, class_mask);
  const std::string first_stripped = strip_article_clitics(first);
  if (first_stripped != first) add_key(hash_word(first_stripped), rest, class_mask);
}

PhraseMatches PhraseSet::match(const std::vector<WordForms>& words) const {
  SentenceHashes hashes;
  for (const WordForms& w : words) hashes.push_back(w);
  PhraseMatches m;
  match(hashes, &m);
  return m;
}

void PhraseSet::match(const SentenceHashes& words, PhraseMatches* out) const {
  const size_t n = words.size();
  PhraseMatches& m = *out;
  m.single.assign(n, 0);
  m.begin.assign(n, 0);
  m.inside.assign(n, 0);
  m.end.assign(n, 0);
  if (keys_.empty()) return;
  for (size_t i = 0; i < n; ++i) {
    const uint64_t forms[3] = {words.norm[i], words.article[i], words.all[i]};
    for (int f = 0; f < 3; ++f) {
      if (f > 0 && forms[f] == forms[f - 1]) continue;
      uint64_t key = start_key(forms[f]);
      for (size_t j = i; j < n;) {
        const uint8_t* found = filter_.may_hold(key) ? table_.find(key) : nullptr;
        if (!found) break;
        const uint8_t classes = *found & ~kPrefixBit;
        if (classes) m.mark(i, j, classes);
        if (!(*found & kPrefixBit)) break;
        if (++j < n) key = extend_key(key, words.norm[j]);
      }
    }
  }
}

void PhraseSet::write(std::string* out) const {
  const uint64_t count = keys_.size();
  out->append(reinterpret_cast<const char*>(&count), sizeof count);
  for (const auto& [key, mask] : keys_) {
    out->append(reinterpret_cast<const char*>(&key), sizeof key);
    out->push_back(static_cast<char>(mask));
  }
}

bool PhraseSet::read(std::string_view* in) {
  uint64_t count = 0;
  if (in->size() < sizeof count) return false;
  std::memcpy(&count, in->data(), sizeof count);
  in->remove_prefix(sizeof count);
  if (count > in->size() / 9) return false;
  keys_.clear();
  keys_.reserve(count);
  table_.clear();
  table_.reserve(count);
  filter_.reset(count);
  for (uint64_t k = 0; k < count; ++k) {
    uint64_t key = 0;
    std::memcpy(&key, in->data(), sizeof key);
    const auto mask = static_cast<uint8_t>((*in)[sizeof key]);
    keys_[key] = mask;
    table_[key] = mask;
    filter_.add(key);
    in->remove_prefix(9);
  }
  return true;
}

Status load_phrase_list(const std::string& path, uint8_t class_mask, PhraseSet* set) {
  std::ifstream in(path);
  if (!in) return Status::not_found(path, "cannot open the name list");
  std::string line;
  while (std::getline(in, line)) set->add(line, class_mask);
  if (in.bad()) return Status::io_error(path, "read error");
  return Status::ok_status();
}

Status load_anergazet(const std::string& dir, PhraseSet* set) {
  const std::pair<const char*, uint8_t> lists[] = {{"AlignedPersGazetteer.txt", kPhrasePers},
                                                   {"AlignedLocGazetteer.txt", kPhraseLoc},
                                                   {"AlignedOrgGazetteer.txt", kPhraseOrg}};
  for (const auto& [file, class_mask] : lists) {
    Status s = load_phrase_list(dir + "/" + file, class_mask, set);
    if (!s.ok()) return s;
  }
  return Status::ok_status();
}

PhraseSet builtin_trigger_phrases() {
  static const char* const kPersonTitles[] = {
      "السيد", "السيدة", "الرئيس", "الوزير", "الوزيرة", "الملك", "الملكة", "الأمير", "الأميرة",
      "الشيخ", "الشيخة", "الدكتور", "الدكتورة", "المدير العام", "رئيس الوزراء", "رئيس الحكومة",
      "الرئيس التنفيذي", "ولي العهد", "النائب", "السفير", "المستشار", "الأستاذ", "المهندس",
      "الحاج", "الإمام", "البابا", "الكاردينال", "القس", "المطران", "الجنرال", "اللواء",
      "العميد", "العقيد", "المشير", "الفريق", "الزعيم", "المتحدث", "الناطق", "المبعوث",
      "المفوض", "الأمين العام", "السلطان", "المستشارة", "الفنان", "الفنانة", "اللاعب",
      "المدرب", "الكاتب", "الكاتبة", "الشاعر", "الروائي", "المخرج", "الممثل", "الممثلة",
      "الصحافي", "الصحفي", "المغني", "المطرب", "المطربة", "زميله", "نظيره", "نظيرها"};
  static const char* const kOrganizationWords[] = {
      "وزارة", "شركة", "جامعة", "منظمة", "وكالة", "مجلس", "حزب", "جمعية", "اتحاد", "مؤسسة",
      "هيئة", "بنك", "مصرف", "صندوق", "حركة", "جبهة", "لجنة", "معهد", "مركز", "نادي", "منتدى",
      "محكمة", "صحيفة", "جريدة", "مجموعة", "نقابة", "رابطة", "مكتب", "قناة", "إذاعة", "تلفزيون",
      "مجلة", "كلية", "أكاديمية", "الجيش", "قوات", "برلمان", "البرلمان", "الكونغرس", "الحكومة",
      "المفوضية", "الأمم المتحدة", "المنظمة", "الوكالة", "المجلس", "الحزب", "الجمعية",
      "الاتحاد", "المؤسسة", "الهيئة", "الشركة", "الجامعة", "الوزارة"};
  static const char* const kPlaceWords[] = {
      "مدينة", "عاصمة", "دولة", "بلدة", "قرية", "محافظة", "ولاية", "إقليم", "منطقة", "جزيرة",
      "جزر", "نهر", "بحر", "جبل", "جبال", "مقاطعة", "العاصمة", "بلاد", "جمهورية", "مملكة",
      "إمارة", "شمال", "جنوب", "شرق", "غرب", "وسط", "ضواحي", "مخيم", "حي", "شارع", "ميناء",
      "مطار", "صحراء", "خليج", "قطاع", "الضفة"};
  PhraseSet set;
  for (const char* p : kPersonTitles) set.add(p, kPhrasePers);
  for (const char* p : kOrganizationWords) set.add(p, kPhraseOrg);
  for (const char* p : kPlaceWords) set.add(p, kPhraseLoc);
  return set;
}

}  // namespace marsad::ner
