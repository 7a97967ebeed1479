// 第四部分 名词解释: the standard text, as the seed prints it. New filings start from the same twelve.
import type { GlossaryEntry } from '../filing/types';

export const STANDARD_GLOSSARY: readonly GlossaryEntry[] = [
  { term: '财政拨款收入', text: '指单位从同级财政部门取得的财政预算资金。' },
  { term: '事业收入', text: '指事业单位开展专业业务活动及辅助活动取得的收入。' },
  { term: '经营收入', text: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。' },
  { term: '其他收入', text: '指单位取得的除上述收入以外的各项收入。主要是事业单位固定资产出租收入、存款利息收入等。' },
  { term: '使用非财政拨款结余', text: '指事业单位使用以前年度积累的非财政拨款结余弥补当年收支差额的金额。' },
  { term: '年初结转和结余', text: '指单位以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金，或项目已完成等产生的结余资金。' },
  { term: '结余分配', text: '指事业单位按照会计制度规定缴纳的所得税、提取的专用结余以及转入非财政拨款结余的金额等。' },
  { term: '年末结转和结余', text: '指单位按有关规定结转到下年或以后年度继续使用的资金，或项目已完成等产生的结余资金。' },
  { term: '基本支出', text: '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。' },
  { term: '项目支出', text: '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。' },
  {
    term: '“三公”经费',
    text: '指各级部门、单位用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费支出。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置费反映公务用车车辆购置支出（含车辆购置税）；公务用车运行维护费反映单位按规定保留的公务用车燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。',
  },
  { term: '机关运行经费', text: '指行政单位和参照公务员法管理的事业单位财政拨款基本支出中的公用经费支出。' },
];

/** The sample's glossary is the standard one; a fresh copy per call. */
export function sampleGlossary(): GlossaryEntry[] {
  return STANDARD_GLOSSARY.map((e) => ({ ...e }));
}
