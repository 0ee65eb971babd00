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
};

export function format(template, values) {
  return String(template).replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}

export function readLabels(textarea) {
  const raw = textarea.getAttribute('data-labels');
  if (!raw) return { ...defaultLabels };
  try {
    const given = JSON.parse(raw);
    const out = { ...defaultLabels };
    for (const [k, v] of Object.entries(given || {})) {
      if (typeof v !== 'string') continue;
      out[k] = v;
      // A new visible text without its own accessible name is the name,
      // so what is read out always contains what is shown.
      if (defaultLabels[k + 'Label'] && typeof given[k + 'Label'] !== 'string') out[k + 'Label'] = v;
    }
    return out;
  } catch (e) {
    return { ...defaultLabels };
  }
}
