import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DebouncedSearch } from '../../../../ui/DebouncedSearch';
import { useOwnerOptions } from '../../../directory';
import type { Pipeline } from '../../graphql/types';
import type { BoardParams } from '../../hooks/useBoardParams';
import { useTeamOptions } from '../../hooks/useSalesReferences';
import { PeriodPicker } from '../PeriodPicker';

interface BoardToolbarProps {
  pipelines: Pipeline[];
  pipelineId: string;
  params: BoardParams;
  onChange: (changes: Partial<BoardParams>) => void;
}

export function BoardToolbar({ pipelines, pipelineId, params, onChange }: BoardToolbarProps) {
  const { t } = useTranslation();
  const owners = useOwnerOptions();
  const teams = useTeamOptions();
  const filtered = Boolean(params.ownerId || params.teamId || params.from || params.to || params.search);

  return (
    <Flex gap={8} wrap align="center" data-testid="board-toolbar">
      <Select
        value={pipelineId}
        onChange={(value: string) => onChange({ pipelineId: value })}
        options={pipelines.map((pipeline) => ({ value: pipeline.id, label: pipeline.name }))}
        style={{ minWidth: 200 }}
        aria-label={t('sales.board.pipeline')}
        data-testid="board-pipeline"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={params.ownerId}
        onChange={(value?: string) => onChange({ ownerId: value })}
        options={owners.options}
        loading={owners.loading}
        placeholder={t('sales.board.owner')}
        style={{ minWidth: 180 }}
        data-testid="board-owner"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={params.teamId}
        onChange={(value?: string) => onChange({ teamId: value })}
        options={teams.options}
        loading={teams.loading}
        placeholder={t('sales.board.team')}
        style={{ minWidth: 160 }}
        data-testid="board-team"
      />
      <PeriodPicker from={params.from} to={params.to} onChange={onChange} data-testid="board-period" />
      <DebouncedSearch
        value={params.search}
        onSearch={(search) => onChange({ search })}
        placeholder={t('sales.board.searchPlaceholder')}
        style={{ width: 240 }}
        data-testid="board-search"
      />
      {filtered && (
        <Button
          type="link"
          onClick={() => onChange({ ownerId: undefined, teamId: undefined, from: undefined, to: undefined, search: '' })}
          data-testid="board-reset"
        >
          {t('sales.board.reset')}
        </Button>
      )}
    </Flex>
  );
}
