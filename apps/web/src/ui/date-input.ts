// antd's DatePicker takes month and weekday names from dayjs, which must know the locale.
import 'dayjs/locale/ru';
import { useTranslation } from 'react-i18next';

/** DatePicker formats: the first is shown, all are accepted when typing (ISO always works). */
export function useDateInputFormats(): string[] {
  const { i18n } = useTranslation();
  return i18n.language === 'ru' ? ['DD.MM.YYYY', 'YYYY-MM-DD'] : ['YYYY-MM-DD', 'DD.MM.YYYY'];
}
