import * as React from 'react';
import { Dropdown, Field, Option } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LazyErrorState } from '../../../../components/states/lazyStates';
import { useAsyncData } from '../../../../hooks/useAsyncData';
import type { RegistryService } from '../../../../services/registry/RegistryService';

export interface ChannelFieldProps {
  registry: RegistryService;
  groupId: string;
  /** '' for the team's General channel. */
  value: string;
  onChange: (channelId: string) => void;
  className: string;
}

interface ChannelChoice {
  value: string;
  text: string;
}

/** The feed channel: the team's channels, General first and stored as empty; a channel that is gone says so. */
export function ChannelField({ registry, groupId, value, onChange, className }: ChannelFieldProps): React.ReactElement {
  const loaded = useAsyncData(() => registry.channelsOf(groupId), [registry, groupId]);
  const choices = React.useMemo<ChannelChoice[]>(() => {
    if (loaded.state.status !== 'ready') {
      return [{ value: '', text: strings.RegistryGeneralChannel }];
    }
    const { channels, primaryChannelId } = loaded.state.data;
    const list = channels.map((channel) =>
      channel.id === primaryChannelId
        ? { value: '', text: strings.RegistryGeneralChannel }
        : { value: channel.id, text: channel.displayName }
    );
    if (value !== '' && value !== primaryChannelId && !channels.some((channel) => channel.id === value)) {
      list.push({ value, text: strings.RegistryChannelGone });
    }
    return list;
  }, [loaded.state, value]);
  const selected = loaded.state.status === 'ready' && value === loaded.state.data.primaryChannelId ? '' : value;
  const text = choices.find((choice) => choice.value === selected)?.text ?? '';
  const loading = loaded.state.status === 'loading' || loaded.state.status === 'idle';
  return (
    <>
      <Field label={strings.RegistryFeedChannel} hint={loading ? strings.RegistryLoadingChannels : undefined}>
        <Dropdown
          className={className}
          value={text}
          selectedOptions={[selected]}
          disabled={loading}
          onOptionSelect={(_, data) => onChange(data.optionValue ?? '')}
        >
          {choices.map((choice) => (
            <Option key={choice.value || 'general'} value={choice.value}>
              {choice.text}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {loaded.state.status === 'error' && <LazyErrorState compact error={loaded.state.error} onRetry={loaded.reload} />}
    </>
  );
}
