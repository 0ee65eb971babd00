// Indonesian labels; the server may replace any of them through the
// textarea's data-labels JSON. A key ending in "Label" is the accessible
// name of the button whose visible text is the key without it.
export const defaultLabels = {
  toolbar: 'Format teks',
  editor: 'Isi artikel',
  paragraph: 'Paragraf',
  h2: 'H2',
  h2Label: 'Subjudul H2',
  h3: 'H3',
  h3Label: 'Subjudul H3',
  bold: 'Tebal',
  italic: 'Miring',
  link: 'Tautan',
  bulletList: 'Daftar',
  bulletListLabel: 'Daftar berbutir',
  orderedList: 'Bernomor',
  orderedListLabel: 'Daftar bernomor',
  blockquote: 'Kutipan',
  undo: 'Urungkan',
  redo: 'Ulangi',
  embed: 'Sematkan',
  embedLabel: 'Sematkan YouTube, X atau Instagram',
  bacaJuga: 'Baca Juga',
  bacaJugaLabel: 'Sisipkan Baca Juga',
  photo: 'Foto',
  photoLabel: 'Sisipkan foto',
  linkPrompt: 'Alamat tautan (kosongkan untuk menghapus tautan):',
  linkInvalid: 'Tautan harus diawali http://, https://, mailto: atau /.',
  embedPrompt: 'Tempel tautan YouTube, X/Twitter atau Instagram:',
  embedInvalid: 'Tautan ini tidak bisa disematkan. Gunakan tautan YouTube, X/Twitter atau Instagram.',
  searchLabel: 'Cari artikel untuk Baca Juga',
  searchPlaceholder: 'Ketik judul artikel…',
  searchHint: 'Ketik minimal 2 huruf.',
  searching: 'Mencari…',
  noResults: 'Tidak ada artikel yang cocok.',
  searchFailed: 'Pencarian gagal. Coba lagi.',
  resultCount: '{n} hasil. Pilih dengan panah atas/bawah dan Enter.',
  suggestionCount: '{n} saran artikel yang mirip. Pilih dengan panah atas/bawah dan Enter, atau ketik judul.',
  mediaSearchLabel: 'Cari foto di pustaka',
  mediaPlaceholder: 'Ketik kata kunci…',
  mediaNoResults: 'Tidak ada foto yang cocok.',
  noCaption: '(tanpa keterangan)',
  noAlt: '(tanpa teks alternatif)',
  alsoFeatured: 'Juga jadikan foto utama',
  uploadTitle: 'Unggah foto baru',
  uploadFile: 'Berkas (JPEG, PNG, WebP atau GIF)',
  photoCaption: 'Keterangan',
  photoCredit: 'Kredit',
  photoAlt: 'Teks alternatif',
  upload: 'Unggah dan sisipkan',
  uploading: 'Mengunggah…',
  uploadNoFile: 'Pilih berkas foto dulu.',
  uploadFailed: 'Unggahan gagal. Coba lagi.',
  close: 'Tutup',
  remove: 'Hapus',
  image: 'Gambar',
  table: 'Tabel',
  video: 'Video',
  block: 'Blok HTML',
  autosaved: 'Tersimpan otomatis {time}',
  autosaveFailed: 'Gagal menyimpan otomatis',
  autosaveConflict: 'Gagal menyimpan otomatis: artikel sudah diubah orang lain',
  // Issue 10 — writing.
  photoReplace: 'Ganti foto',
  photoRemove: 'Hapus foto dari artikel',
  linkDialog: 'Tautan',
  linkUrl: 'Alamat (http://, https://, mailto: atau /)',
  linkNewTab: 'Buka di tab baru',
  linkApply: 'Terapkan',
  linkRemove: 'Hapus tautan',
  cancel: 'Batal',
  featuredPick: 'Pilih dari pustaka',
  featuredDialog: 'Pilih foto utama',
  featuredSearch: 'Cari foto',
  featuredNone: 'Belum ada foto utama.',
  featuredPrev: '‹ Sebelumnya',
  featuredNext: 'Berikutnya ›',
  featuredPage: 'Halaman {page} dari {pages} ({total} foto)',
  featuredChoose: 'Jadikan foto utama: {name}',
  featuredRemove: 'Tanpa foto utama',
  focalTitle: 'Titik fokus',
  focalHelp: 'Klik bagian terpenting foto. Potongan 16:9 dan persegi akan menjaganya tetap terlihat.',
  focalSaved: 'Titik fokus disimpan.',
  focalFailed: 'Titik fokus gagal disimpan.',
  focalNotAllowed: 'Anda tidak dapat mengubah titik fokus foto ini.',
  crop169: 'Potongan 16:9',
  crop11: 'Potongan persegi',
  tagNew: 'Topik baru',
  tagAdd: 'Tambah topik “{name}”',
  tagPick: 'Pilih topik “{name}”',
  tagAdded: 'Topik “{name}” ditambahkan dan dipilih.',
  tagPicked: 'Topik “{name}” dipilih.',
  tagFailed: 'Topik gagal ditambahkan.',
};

export function format(template, values) {
  return String(template).replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}

// readLabels merges the JSON overrides in the element's data-labels and
// data-labels-writing attributes (the second for the writing aids, kept
// apart so that each can grow on its own) over the defaults.
export function readLabels(elem) {
  const out = { ...defaultLabels };
  for (const name of ['data-labels', 'data-labels-writing']) {
    const raw = elem.getAttribute(name);
    if (!raw) continue;
    let given;
    try {
      given = JSON.parse(raw);
    } catch (e) {
      continue;
    }
    for (const [k, v] of Object.entries(given || {})) {
      if (typeof v !== 'string') continue;
      out[k] = v;
      // A new visible text without its own accessible name is the name,
      // so what is read out always contains what is shown.
      if (defaultLabels[k + 'Label'] && typeof given[k + 'Label'] !== 'string') out[k + 'Label'] = v;
    }
  }
  return out;
}
