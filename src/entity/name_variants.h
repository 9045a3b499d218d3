// Name variants: the keys that make different spellings of one name compare
// equal, across documents and without any state.
//
// Arabic news spells a foreign name as each desk hears it (روتايو / ريتايو),
// joins or splits compounds (عبد الوافي / عبدالوافي, بن كيران / بنكيران) and
// glues the conjunction و to it (وماكرون), and a preposition to an
// organization's head (لمركز الملك سلمان). The key of a name is built from its
// consonant skeleton: matching form (normalize.h), compounds joined, long
// vowels and hamza seats dropped in words of four letters or more, doubled
// letters collapsed. Latin-script names fold to lower-case ASCII.
//
//   TitledName t = strip_titles("وزير الداخلية الفرنسي برونو روتايو");
//   // t.role == "وزير الداخلية الفرنسي", t.name == "برونو روتايو"
//   name_key(t.name) == name_key("برونو ريتايو")        // "name:برن رت"
//   similar_skeletons(arabic_skeleton("ساركوزي"), arabic_skeleton("سركوزي"))
//
// The title list is <data dir>/entity/name_titles.txt, read once on first use.
// All functions are thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::entity {

// The readings of one Arabic word (in matching form) with the proclitics a
// name can carry removed, least stripped first: the word itself; without a
// leading و or ف; without a following ب ل ك; without ال; لل read as ل + ال
// (للأمن → الأمن, أمن).
// Each reading keeps at least two letters. "وبالمغرب" → وبالمغرب, بالمغرب,
// المغرب, مغرب. A caller looks each up in turn and takes the first known one.
std::vector<std::string> proclitic_readings(std::string_view matching_word);

// proclitic_readings without building a vector of strings: the same readings
// in the same order, as views into the word (or, for the ال restored after
// لل, into the object). Lookups run it on every word of every lead, so it
// allocates nothing unless the word holds لل. Views live as long as the
// object, which therefore cannot be copied or moved.
//
//   for (std::string_view r : ProcliticReadings(word)) if (known(r)) ...
class ProcliticReadings {
 public:
  explicit ProcliticReadings(std::string_view matching_word);
  ProcliticReadings(const ProcliticReadings&) = delete;
  ProcliticReadings& operator=(const ProcliticReadings&) = delete;

  const std::string_view* begin() const { return readings_; }
  const std::string_view* end() const { return readings_ + count_; }
  size_t size() const { return count_; }
  std::string_view operator[](size_t i) const { return readings_[i]; }

 private:
  void add(std::string_view reading);

  // The word, two proclitic layers and ال with or without لل: at most 19.
  static constexpr size_t kMaxReadings = 20;
  std::string_view readings_[kMaxReadings];
  size_t count_ = 0;
  std::string restored_;  // the ال+rest readings of لل words, reserved before use
};

// A memo of a small value computed from a word (or a name), for the scans
// that classify every word of every lead by its proclitic readings (the
// organization heads, the place gazetteer): news repeats its words, and one
// hash look-up replaces building the readings and looking each up.
// Direct-mapped, 32,768 words, the last one wins a slot. Not thread-safe:
// one per thread (thread_local), and `compute` must be a pure function of
// the word.
//
//   thread_local WordMemo<uint8_t> memo;
//   uint8_t flags = memo.get(word, [](std::string_view w) { return classify(w); });
uint64_t word_memo_hash(std::string_view word);

template <typename Value>
class WordMemo {
 public:
  template <typename Compute>
  const Value& get(std::string_view word, Compute&& compute) {
    const uint64_t hash = word_memo_hash(word);
    Slot& slot = slots_[hash & (kSlots - 1)];
    if (slot.filled && slot.hash == hash && slot.word == word) return slot.value;
    slot.value = compute(word);
    slot.filled = true;
    slot.hash = hash;
    slot.word.assign(word);
    return slot.value;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    std::string word;
    Value value{};
    bool filled = false;
  };
  static constexpr size_t kSlots = size_t{1} << 15;
  std::vector<Slot> slots_ = std::vector<Slot>(kSlots);
};

// The word without a leading article ال when at least two letters remain
// (matching form in, matching form out): "المغرب" → "مغرب", "ال" → "ال".
std::string_view drop_article(std::string_view matching_word);

// Lower-case ASCII form of Latin text: matching form (normalize.h), then ICU's
// Latin-ASCII transliteration, so "États-Unis" → "etats-unis", "Céline" →
// "celine". Other scripts pass through in matching form.
std::string fold_latin(std::string_view text);

// ICU's "Any-Latin; Latin-ASCII" transliteration of any text, for showing an
// Arabic name to a reader of Latin script ("ماكرون" → "makrwn"). Not a key:
// it keeps the vowels that spellings disagree on.
std::string latin_transliteration(std::string_view text);

// The consonant skeleton of one Arabic word in matching form: a word of three
// letters or fewer is kept whole; a longer one keeps its first letter and
// loses ا و ي ى ء ئ ؤ after it; then runs of one letter collapse to one.
// "روتايو" and "ريتايو" → "رت"; "حموشي" → "حمش"; "علي" → "علي".
// A word with no Arabic letter is returned unchanged.
std::string arabic_skeleton(std::string_view matching_word);

// Levenshtein distance between two strings counted in code points.
int edit_distance(std::string_view a, std::string_view b);

// True if two skeletons are close enough to be one name: the allowed edit
// distance grows with the shorter one's length (≤4 letters: 0, 5–7: 1, more:
// 2), so that short skeletons of different names (احمد / محمد) stay apart.
bool similar_skeletons(std::string_view a, std::string_view b);

// A mention split into the title words that introduce it and the name.
struct TitledName {
  std::string role;  // the title as written ("الرئيس الفرنسي", "M."), or ""
  std::string name;  // the rest, as written, trimmed
};

// Removes the titles that introduce a name from the start of a mention
// (السيد، الوزير، وزير الداخلية الفرنسي، الملك، M., Mme, President ...): every
// listed title, repeatedly, each with its proclitic و/ف/ل/ب tolerated; after
// an office title (وزير، رئيس، مدير ...) also the ال-words that complete it
// (الداخلية، الفرنسي). Never removes the last word: a mention that is all title
// keeps it as its name.
TitledName strip_titles(std::string_view mention);

// True if the whole mention is title words by strip_titles' rules, with no
// name after them ("السيناتور", "وزير الخارجية"): a tagger's slip, no person.
bool is_only_title(std::string_view mention);

// The words of a name as a key compares them: matching form, Latin words
// folded (fold_latin), the article and the clitics before it removed from the
// first word (strip_arabic_proclitics: والبنك → بنك, للأمن → أمن), else a
// one-letter proclitic before an organization's head (لمركز → مركز), else a
// leading و removed from it when four letters or more remain (وماكرون; ف is
// kept: فيصل), "عبد"/"أبو"/"آل" joined to the next word, "بن"/"ابن" joined to
// the next word, the article ال dropped from every word. Punctuation
// is not part of any word. "وعبد الوافي لفتيت" → {"عبدوافي", "لفتيت"}.
std::vector<std::string> name_words(std::string_view name);

// The skeleton of each of name_words(name) (arabic_skeleton; Latin words as
// they are).
std::vector<std::string> name_skeleton(std::string_view name);

// The stateless key of a person's or an organization's name: "name:" and
// name_skeleton(strip_titles(name).name) joined by spaces. Equal for the
// spelling variants above, in any document; "" if the name has no word.
std::string name_key(std::string_view name);

// A key shared by a name's Arabic and Latin spellings: each of name_words()
// reduced to Latin consonant classes, vowels and vowel letters (ا و ي, a e i
// o u y w) dropped, digraphs folded (ch/sh → s, kh → k, gh → g, th → t,
// dh → d, ou → vowel), letters with one Latin rendering merged (ق ك → k,
// ص س ش → s, ط ت ث → t; ج غ g j dj → g, as Egyptian, Levantine and Maghrebi
// spellings mix them: فيرغسون / فيرجسون / Ferguson), doubled letters kept
// once, the leading el/al/le/la article word dropped, the words' consonants
// run together. معز التريكي and Moez Triki both give "xs:mztrk"; كمال بن سالم
// and Kamel Ben Salem "xs:kmlbnslm". Coarse by design (it collides more than
// name_key): for comparing mentions between languages and spellings.
// "" when no word keeps a consonant.
std::string cross_script_key(std::string_view name);

}  // namespace marsad::entity
