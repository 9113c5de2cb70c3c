import { Checkbox, NumberInput, Stack, TextInput } from '@mantine/core';
import { settingsSchema, type OfficeSettings } from '../../shared/settings/api';
import { invoke } from '../api/client';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';

type Values = { [K in keyof OfficeSettings]: OfficeSettings[K] | string };

// NumberInput hands over '' for an empty box: leave it out so the schema says 请填写 in Chinese.
const toInput = (v: Values) =>
  Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === '' ? undefined : x])) as unknown as OfficeSettings;

interface Props {
  settings: OfficeSettings;
  onSaved: () => void;
}

export function SettingsForm({ settings, onSaved }: Props) {
  const form = useEntryForm({
    initial: settings as Values,
    check: (v) => schemaErrors(settingsSchema, toInput(v)),
    submit: (v) => invoke('settings.update', toInput(v)),
    onSaved,
    onCancel: () => {
      form.reset(settings as Values);
    },
  });
  const number = (key: 'lockoutAttempts' | 'lockoutMinutes' | 'idleMinutes') => ({
    value: form.values[key],
    onChange: (v: number | string) => form.set(key, v),
    error: form.errors[key],
    allowDecimal: false,
    allowNegative: false,
    hideControls: true,
    // A short box for a number, while its description keeps the form's full width.
    styles: { wrapper: { maxWidth: 200 } },
  });

  return (
    <form {...form.formProps} aria-label="设置">
      <Stack gap="md" maw={520}>
        <TextInput label="单位名称" description="打印在各类表单的抬头，也显示在窗口上方" {...form.text('officeName')} />
        <NumberInput label="连续输错密码次数" description="达到后账户暂时锁定（3～20 次）" {...number('lockoutAttempts')} />
        <NumberInput label="锁定分钟数" description="输错密码锁定账户的时长（1～1440 分钟）" {...number('lockoutMinutes')} />
        <NumberInput
          label="无操作自动锁定分钟数"
          description="这么久没有键盘或鼠标操作，屏幕自动锁定（1～240 分钟）"
          {...number('idleMinutes')}
        />
        <TextInput label="收文号前缀" description="收文号写成 前缀〔年份〕序号号，例如 收〔2026〕12号" {...form.text('receiptPrefix')} />
        <TextInput
          label="密件当日退回时间"
          description="送阅的密件须在送出当天这个时间前退回保密员，此后送出的次日同一时间前退回；过时即为逾期"
          placeholder="17:30"
          inputMode="numeric"
          autoComplete="off"
          styles={{ wrapper: { maxWidth: 200 } }}
          {...form.text('circulationReturnBy')}
        />
        <Checkbox
          label="对无知悉需要的角色隐藏密件标题"
          description="勾选后，除文秘和保密员外，其他角色在列表、查找和导出中只看到「密件」"
          checked={form.values.maskClassifiedTitles === true}
          onChange={(e) => form.set('maskClassifiedTitles', e.currentTarget.checked)}
        />
        <FormActions generalError={form.generalError} saving={form.saving} onCancel={() => form.reset(settings)} cancelLabel="还原" keysHint="Enter 下一项 · Ctrl+S 保存 · Esc 还原" />
      </Stack>
    </form>
  );
}
