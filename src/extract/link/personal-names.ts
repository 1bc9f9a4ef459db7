// Words that are personal names in the news this project reads: Chinese surnames (written
// first) and given names led by which a capitalised pair is a person. Kept apart from the
// recognizer so the gazetteers can keep such words from being read as places ("Gao", Mali).
const CHINESE_SURNAMES = new Set(
  ('Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie Han ' +
    'Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du ' +
    'Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao ' +
    'Meng Long Wan Duan Lei Qian Yin Yi Chang Qiao Lai Gong Wen Zhai Xi Geng Mu Ouyang Sima Niu Bao Gan Ji Shu Yue ' +
    'Lan Ning Ruan Zhan Xing Qi Pang Che Zuo Ai Rong Ge Hua Huo Jing Ke Lou Miao Nie Qu Rao Sha Tao Wei Xiang Yue Zang Zhuang')
    .split(' '),
);

const GIVEN_NAMES = new Set(
  ('Vladimir Sergey Sergei Dmitry Dmitri Dmitriy Mikhail Alexander Aleksandr Alexandr Andrei Andrey Alexei Alexey Aleksei ' +
    'Yuri Yury Yuriy Valentina Maria Mariya Elena Yelena Olga Tatyana Tatiana Natalia Natalya Irina Svetlana Anna ' +
    'Ekaterina Yekaterina Galina Lyudmila Ludmila Marina Vera Nadezhda Larisa Oksana Viktoria Victoria Elvira Veronika ' +
    'Gennady Gennadiy Vyacheslav Denis Maksim Maxim Anton Nikolai Nikolay Igor Oleg Pavel Viktor Victor Ivan Anatoly ' +
    'Anatoliy Boris Yevgeny Evgeny Yevgeniy Konstantin Kirill Roman Ruslan Marat Valery Valeriy Leonid Grigory ' +
    'Stanislav Vadim Vitaly Georgy Fyodor Pyotr Peter Arkady Timur Rustam Ramzan Artem Artyom Ilya Semyon Yaroslav ' +
    'Vasily Vasiliy Stepan Daniil Gleb Yegor Egor Nikita Matvei Lev Eduard Vladislav Svyatoslav Zakhar Mikhail ' +
    'John James Michael David Robert William Richard Thomas Mark Paul Donald Joe Joseph Kamala Hillary Barack George ' +
    'Antony Anthony Marco Mike Lloyd Jake Jens Ursula Emmanuel Olaf Friedrich Angela Rishi Keir Giorgia Pedro Luiz ' +
    'Narendra Shehbaz Imran Recep Hakan Abdullah Mohammed Muhammad Mohammad Ahmed Ali Hassan Masoud Ebrahim Shavkat ' +
    'Sadyr Emomali Serdar Ilham Nikol Irakli Aleksandar Cyril Nelson Luis Miguel Nicolas Daniel Gustavo Andres Javier ' +
    'Carlos Jose Ana Juan Fidel Raul Bruno Steve Kevin Brian Scott Elizabeth Mary Susan Jennifer Linda Sarah Kim Alexandra ' +
    'Anastasia Yulia Yuliya Daria Darya Ksenia Kseniya Polina Sofia Alina Kristina Lyubov Zhanna Inna Alla Nina Zoya Raisa ' +
    'Valentin Arseny Mikhail Rodion Savva Taras Ilyas Kirill')
    .split(' '),
);

/** Korean family names, written first and followed by a hyphenated given name ("Kim Jong-un"). */
const KOREAN_SURNAMES = new Set(
  ('Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon ' +
    'Yang Son Bae Baek Heo Nam Noh Roh Ha Kwak Sung Cha Joo Woo Min Ryu Chung Chun Choe Ri Pak').split(' '),
);

/** Vietnamese family names, written first ("Pham Minh Chinh"); a person goes by the last word. */
const VIETNAMESE_SURNAMES = new Set(
  ('Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Luong Dinh Trinh Truong Mai Cao Lam Ha ' +
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lương Đinh Trịnh Trương').split(' '),
);

export const isVietnameseSurname = (word: string): boolean => VIETNAMESE_SURNAMES.has(word);
export const isEastAsianSurname = (word: string): boolean => CHINESE_SURNAMES.has(word) || KOREAN_SURNAMES.has(word);
export const isChineseSurname = (word: string): boolean => CHINESE_SURNAMES.has(word);
export const isGivenName = (word: string): boolean => GIVEN_NAMES.has(word);
