// 第四部分 名词解释: the eleven terms of the Shanghai 2024 template (blank template pages 22–23), worded as
// the 普陀 2024 filing prints them (pages 29–30): the template's text without its placeholders. For
// 事业收入, 经营收入 and 其他收入 the template adds “主要是：XXXXXXXX 收入等” when the unit has such
// income; a unit without it keeps the term and lists no content (template note under 二).
import type { GlossaryEntry } from '../../filing/types';

export const SH_GLOSSARY: readonly GlossaryEntry[] = [
  { term: '财政拨款收入', text: '指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。' },
  { term: '事业收入', text: '指事业单位开展专业业务活动及其辅助活动取得的收入。' },
  { term: '经营收入', text: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。' },
  { term: '其他收入', text: '指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。' },
  { term: '年初结转和结余', text: '指以前年度尚未完成、结转到本年按有关规定继续使用的资金。' },
  { term: '年末结转和结余', text: '指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。' },
  { term: '基本支出', text: '指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。' },
  { term: '项目支出', text: '指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。' },
  { term: '经营支出', text: '指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。' },
  {
    term: '“三公”经费',
    text: '指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中:因公出国（境）费反映单位参加国际合作交流、重大项目洽谈、境外培训研修等的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务接待费反映全国性专业会议、国家重大政策调研、专项检查以及外事团组接待交流等执行公务或开展业务所需住宿费、交通费、伙食费等支出；公务用车购置及运行维护费反映编制内公务车辆的报废更新，以及用于安排市内因公出差、公务文件交换、日常工作开展等所需公务用车燃料费、维修费、过路过桥费、保险费等支出。',
  },
  { term: '机关运行经费', text: '指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。' },
];
