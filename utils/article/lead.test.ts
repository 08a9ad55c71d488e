import { describe, expect, it } from 'vitest';
import { bylineOnlyNames, isCaptionLike, isDatelineLead } from './lead';

describe('dateline leads', () => {
  it.each([
    '长城网讯（记者 刘洋 通讯员 赵晨）3月5日，廊坊市春季植树造林活动启动。',
    '长城网·冀云客户端讯（记者 陈晨）3月4日，记者从保定市住建局获悉，',
    '本报讯（记者 张伟）记者从省发展改革委获悉，',
    '河北日报讯（记者 张伟 通讯员 李娜）记者11月17日从省发展改革委获悉，',
    '新华社石家庄3月5日电（记者 王明 李华）记者5日从正定县获悉，',
    '中新网3月5日电 据河北省气象台消息，',
    '长城网讯 12月2日，记者从雄安新区管委会获悉，',
    '　　燕赵都市报讯 近日，',
    '央视网消息：近日，',
  ])('%s is a lead', (t) => expect(isDatelineLead(t)).toBe(true));

  it.each([
    '记者从通讯管理局获悉，全省5G基站达到12万个。',
    '3月5日，廊坊市春季植树造林活动启动。',
    '长城网记者 刘洋',
    '下载长城网客户端',
    '据新华社报道，',
  ])('%s is no lead', (t) => expect(isDatelineLead(t)).toBe(false));
});

describe('lines that are nothing but byline metadata', () => {
  it('reads the names of labelled byline lines', () => {
    expect(bylineOnlyNames('本报记者 张伟 通讯员 李娜')).toEqual(['张伟', '李娜']);
    expect(bylineOnlyNames('文/图 长城网记者 马骁')).toEqual(['马骁']);
    expect(bylineOnlyNames('（长城网·冀云客户端记者 陈晨）')).toEqual(['陈晨']);
    expect(bylineOnlyNames('记者 王刚 摄影报道')).toEqual(['王刚']);
  });

  it('is no dateline lead, sentence or bare name line', () => {
    expect(bylineOnlyNames('本报讯（记者 张伟）记者从省发展改革委获悉，今年全省新增用户60万户。')).toEqual([]);
    expect(bylineOnlyNames('本报讯（记者 张伟）')).toEqual([]);
    expect(bylineOnlyNames('记者从通讯管理局获悉，全省新增基站1万个。')).toEqual([]);
    expect(bylineOnlyNames('张伟 李娜')).toEqual([]);
    expect(bylineOnlyNames('记者 采访了三位村民')).toEqual([]);
  });
});

describe('caption-shaped paragraphs', () => {
  it.each([
    '3月5日，志愿者在植树点栽种树苗。长城网记者 刘洋 摄',
    '图为3月4日拍摄的正定古城南城门。',
    '香河县一处新建的物流园区。（香河县委宣传部供图）',
    '11月16日，工作人员检查燃气管道。（资料图）',
  ])('%s', (t) => expect(isCaptionLike(t)).toBe(true));

  it.each(['长城网讯（记者 刘洋）3月5日，廊坊市春季植树造林活动启动。', '展厅内严禁拍摄'])('%s is prose', (t) =>
    expect(isCaptionLike(t)).toBe(false),
  );
});
