/** Russian letters in Latin, so that a key can be suggested from a Russian label. */
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

const MAX_KEY_LENGTH = 40;

/** A key the API accepts (a letter, then a-z, 0-9, _), e.g. "Сотрудников в ИТ" → "sotrudnikov_v_it". */
export function suggestKey(label: string): string {
  const latin = [...label.toLowerCase()].map((char) => LATIN[char] ?? char).join('');
  const slug = latin.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (!slug) return '';
  return (/^[a-z]/.test(slug) ? slug : `f_${slug}`).slice(0, MAX_KEY_LENGTH).replace(/_+$/, '');
}
